import type { NotFoundMessages } from '../en/not-found';

export const notFound: NotFoundMessages = {
  title: 'Yeh page nahi mila',
  body: 'Jo page aap dhoondh rahe hain, woh yahan nahi hai — shayad link purana hai ya address mein typo hai.',
  home: 'Home par jaiye',
  lessons: 'Lessons dekhiye',
};
