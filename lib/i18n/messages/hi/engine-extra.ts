import type { EngineExtraMessages } from '../en/engine-extra';

export const engineExtra: EngineExtraMessages = {
  badge: 'Engine extra',
  lead: 'यह इस site के अपने engine का feature है, express-session ऐसा नहीं करता। नीचे देखिए: हमारा engine क्या करता है, और अपने express-session app में यही चीज़ कैसे मिलेगी।',
  badgeTitle: 'सिर्फ़ इस site के engine में है; express-session में नहीं',
};
