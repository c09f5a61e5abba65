import type { EngineExtraMessages } from '../en/engine-extra';

export const engineExtra: EngineExtraMessages = {
  badge: 'Engine extra',
  lead: 'Yeh is site ke engine ka apna feature hai, express-session yeh nahi karta. Neeche dekhiye: hamara engine kya karta hai, aur apne express-session app mein yahi cheez kaise milegi.',
  badgeTitle: 'Sirf is site ke engine mein; express-session mein nahi',
};
