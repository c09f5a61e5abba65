/** The 404 page. An area of its own: the 404 renders in the browser, so it ships to every page. This file defines the shape every locale follows. */
export const notFound = {
  title: 'Page not found',
  body: 'The page you are looking for is not here — perhaps the link is old or the address has a typo.',
  home: 'Go home',
  lessons: 'See the lessons',
};

export type NotFoundMessages = typeof notFound;
