/**
 * The 404 page's strings, in a file of their own: the 404 is rendered in the browser (it gets
 * no route params), and importing the whole dictionaries there would ship both to every page.
 */
export const notFoundStrings = {
  'hi-latn': {
    title: 'Yeh page nahi mila',
    body: 'Jo page aap dhoondh rahe hain, woh yahan nahi hai — shayad link purana hai ya address mein typo hai.',
    home: 'Home par jaiye',
    lessons: 'Lessons dekhiye',
  },
  en: {
    title: 'Page not found',
    body: 'The page you are looking for is not here — perhaps the link is old or the address has a typo.',
    home: 'Go home',
    lessons: 'See the lessons',
  },
} as const;
