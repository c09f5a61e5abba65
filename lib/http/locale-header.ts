/**
 * The request header the site's own UI sends to choose the language of the API's messages.
 * Its own module so the browser bundle can name it without pulling in the request guards.
 */
export const LOCALE_HEADER = 'x-pathshala-locale';
