import type { NotFoundMessages } from '../en/not-found';

export const notFound: NotFoundMessages = {
  title: 'यह page नहीं मिला',
  body: 'आप जो page ढूँढ रहे हैं वह यहाँ नहीं है — शायद link पुराना है या address में कोई typo है।',
  home: 'Home पर जाइए',
  lessons: 'Lessons देखिए',
};
