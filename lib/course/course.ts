import type { Locale } from '@/lib/i18n/locales';

export interface CourseLesson {
  /** English slug, identical in both locales: `/<locale>/learn/<slug>`. */
  readonly slug: string;
  readonly title: Record<Locale, string>;
  readonly summary: Record<Locale, string>;
}

/**
 * The course order. This list, not file names, decides the sequence; previous/next
 * links and the sidebar are derived from it.
 */
export const course: readonly CourseLesson[] = [
  {
    slug: 'what-is-a-session',
    title: { 'hi-latn': 'Session kya hota hai?', en: 'What is a session?', hi: 'Session क्या होता है?' },
    summary: {
      'hi-latn': 'HTTP bhool jaata hai; session server ki short-term memory hai.',
      en: 'HTTP forgets; a session is the server’s short-term memory.',
      hi: 'HTTP सब भूल जाता है; session server की short-term memory है।',
    },
  },
  {
    slug: 'cookies-101',
    title: { 'hi-latn': 'Cookies 101', en: 'Cookies 101', hi: 'Cookies 101' },
    summary: {
      'hi-latn': '`Set-Cookie`, `Cookie` aur har attribute ka matlab.',
      en: '`Set-Cookie`, `Cookie` and what every attribute means.',
      hi: '`Set-Cookie`, `Cookie` और हर attribute का मतलब।',
    },
  },
  {
    slug: 'session-id-and-signing',
    title: { 'hi-latn': 'Session ID aur signing', en: 'Session IDs and signing', hi: 'Session ID और signing' },
    summary: {
      'hi-latn': 'Achhi session ID kaisi hoti hai, aur HMAC signature kya bachata hai.',
      en: 'What makes a good session ID, and what an HMAC signature protects.',
      hi: 'अच्छी session ID कैसी होती है, और HMAC signature किस चीज़ से बचाती है।',
    },
  },
  {
    slug: 'express-session-setup',
    title: { 'hi-latn': 'express-session setup', en: 'Setting up express-session', hi: 'express-session का setup' },
    summary: {
      'hi-latn': 'Middleware order, `req.session`, aur data kahan rehta hai.',
      en: 'Middleware order, `req.session`, and where the data lives.',
      hi: 'Middleware का order, `req.session`, और data असल में कहाँ रहता है।',
    },
  },
  {
    slug: 'session-options',
    title: { 'hi-latn': 'Session options', en: 'Session options', hi: 'Session options' },
    summary: {
      'hi-latn': '`resave`, `saveUninitialized`, `rolling`, `cookie.*` — har option ka asar.',
      en: '`resave`, `saveUninitialized`, `rolling`, `cookie.*` — what each option does.',
      hi: '`resave`, `saveUninitialized`, `rolling`, `cookie.*` — हर option का असर।',
    },
  },
  {
    slug: 'login-with-sessions',
    title: { 'hi-latn': 'Sessions se login', en: 'Login with sessions', hi: 'Sessions से login' },
    summary: {
      'hi-latn': 'Login flow, regenerate, aur logout jo sach mein session khatam kare.',
      en: 'A login flow, regenerate, and a logout that really ends the session.',
      hi: 'Login का flow, regenerate, और ऐसा logout जो सच में session ख़त्म करे।',
    },
  },
  {
    slug: 'shopping-cart',
    title: { 'hi-latn': 'Shopping cart', en: 'A shopping cart', hi: 'Shopping cart' },
    summary: {
      'hi-latn': 'Session mein cart, parallel requests aur lost updates.',
      en: 'A cart in the session, parallel requests and lost updates.',
      hi: 'Session में cart, parallel requests और lost updates।',
    },
  },
  {
    slug: 'tracking-activity',
    title: { 'hi-latn': 'Activity tracking', en: 'Tracking activity', hi: 'Activity tracking' },
    summary: {
      'hi-latn': 'Visitor ne kya kiya, kitna rakhein, aur privacy.',
      en: 'What a visitor did, how much to keep, and privacy.',
      hi: 'Visitor ने क्या किया, कितना याद रखें, और privacy।',
    },
  },
  {
    slug: 'session-stores',
    title: { 'hi-latn': 'Session stores', en: 'Session stores', hi: 'Session stores' },
    summary: {
      'hi-latn': 'Memory, Redis, TTL aur kai app instances.',
      en: 'Memory, Redis, TTLs and several app instances.',
      hi: 'Memory, Redis, TTL और app के कई instances।',
    },
  },
  {
    slug: 'session-security',
    title: { 'hi-latn': 'Session security', en: 'Session security', hi: 'Session security' },
    summary: {
      'hi-latn': 'Fixation, hijacking, CSRF, expiry — aur unke bachav.',
      en: 'Fixation, hijacking, CSRF, expiry — and their defences.',
      hi: 'Fixation, hijacking, CSRF, expiry — और इनसे बचाव।',
    },
  },
  {
    slug: 'real-clients',
    title: { 'hi-latn': 'Real clients aur kai devices', en: 'Real clients and many devices', hi: 'Real clients और कई devices' },
    summary: {
      'hi-latn': 'Doosre origin par SPA, mobile apps, aur "sab jagah se logout".',
      en: 'An SPA on another origin, mobile apps, and "log out everywhere".',
      hi: 'दूसरे origin पर SPA, mobile apps, और "हर जगह से logout"।',
    },
  },
  {
    slug: 'stateless-sessions',
    title: { 'hi-latn': 'Stateless sessions', en: 'Stateless sessions', hi: 'Stateless sessions' },
    summary: {
      'hi-latn': 'iron-session, JWT in a cookie, aur trade-offs.',
      en: 'iron-session, JWT in a cookie, and the trade-offs.',
      hi: 'iron-session, cookie में JWT, और दोनों तरफ़ के trade-offs।',
    },
  },
  {
    slug: 'sessions-in-nextjs',
    title: { 'hi-latn': 'Next.js mein sessions', en: 'Sessions in Next.js', hi: 'Next.js में sessions' },
    summary: {
      'hi-latn': 'iron-session aur database session: ghar le jaane wali recipe, phir is site ka apna code.',
      en: 'iron-session and a database session: a recipe to take home, then this site’s own code.',
      hi: 'iron-session और database session: घर ले जाने वाली recipe, फिर इस site का अपना code।',
    },
  },
];

export function findLesson(slug: string): CourseLesson | undefined {
  return course.find((lesson) => lesson.slug === slug);
}

/** Neighbours in course order among the lessons that are published. */
export function neighbours(slug: string, published: readonly string[]) {
  const order = course.filter((lesson) => published.includes(lesson.slug));
  const index = order.findIndex((lesson) => lesson.slug === slug);
  return {
    previous: index > 0 ? order[index - 1] : undefined,
    next: index >= 0 ? order[index + 1] : undefined,
  };
}
