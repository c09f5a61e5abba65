import type { Locale } from '@/lib/i18n/locales';

/**
 * Every string of the instructor dashboard, its API and the presenter view, in both
 * languages with the same keys. `{name}` marks a value filled in by `fill`.
 */
const en = {
  pageTitle: 'Instructor',
  pageLead:
    'The class at a glance: sessions in the store, who is logged in, carts, and new sessions per minute. Updates every 1.5 seconds.',
  loginTitle: 'Instructor login',
  loginLead:
    'Enter the instructor token. It is INSTRUCTOR_TOKEN, or the one the server printed when it started (also in .data/instructor-token).',
  tokenLabel: 'Instructor token',
  loginButton: 'Open the dashboard',
  loggingIn: 'Checking…',
  logoutButton: 'Leave the dashboard',
  statSessions: 'Sessions in the store',
  statLoggedIn: 'Logged in',
  statCarts: 'Carts with items',
  statCartTotal: 'All carts together',
  statStore: 'Store',
  storeFull:
    'The store is nearly full: {count} of {max} sessions, {evicted} pushed out so far. New sessions now evict the oldest anonymous ones first; logged-in students are kept longest.',
  usersTitle: 'Logged in per demo user',
  cartsTitle: 'Carts',
  cartsEmpty: 'No cart has anything in it yet.',
  cartItems: '{items} items',
  perMinuteTitle: 'New sessions per minute (last 15 minutes)',
  perMinuteSummary: '{total} new sessions in the last 15 minutes; {last} this minute.',
  minutesAgo: '{n} min ago',
  thisMinute: 'now',
  rowsTitle: 'Sessions',
  rowsCaption: 'One row per session: a short ID prefix only, never the full ID or the data.',
  colId: 'ID (prefix)',
  colSize: 'Size',
  colExpires: 'Expires',
  colUser: 'Logged in',
  colCart: 'Cart items',
  yes: 'yes',
  no: 'no',
  bytes: '{n} B',
  noSessions: 'No sessions yet. Ask the class to open the link.',
  rowsTruncated: 'Showing {shown} of {total} sessions.',
  updatedAt: 'Updated {time}',
  offline: 'The server did not answer; trying again…',
  signedOut: 'Your instructor login ended; please log in again.',
  resetButton: 'Reset the class',
  resetConfirm: 'Delete every session in the store? Every student is logged out and every cart is emptied.',
  resetDone: 'The class was reset: {n} sessions deleted.',
  expireAllButton: 'Expire all now',
  expireAllConfirm: 'End every session now? Students keep their cookies, but the server no longer knows them.',
  expireAllDone: '{n} sessions expired.',
  actionsTitle: 'Class actions',
  joinTitle: 'Join the class',
  joinLead: 'Students open this address on their phones (same Wi-Fi), or scan the code.',
  joinNoNetwork: 'This computer has no network address other students can reach. Connect to the classroom Wi-Fi and reload.',
  qrLabel: 'QR code for {url}',
  errorLoginRequired: 'Instructor login required. POST the token to /api/instructor/login first.',
  errorWrongToken: 'That is not the instructor token.',
  errorTooManyAttempts: 'Too many wrong tokens. Try again in {seconds} seconds.',
  errorBadBody: 'Send JSON like {"token": "…"}.',
  presenterOn: 'Presenter view on',
  presenterOff: 'Presenter view',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutPrev: 'Previous section',
  shortcutNext: 'Next section',
  shortcutInspector: 'Show or hide the inspector',
  shortcutFullscreen: 'Full screen on or off',
  shortcutHelp: 'This list',
  shortcutClose: 'Close',
  inspectorHidden: 'Inspector hidden (press i)',
  cancel: 'Cancel',
} as const;

export type InstructorStrings = { readonly [K in keyof typeof en]: string };

const hiLatn: InstructorStrings = {
  pageTitle: 'Instructor',
  pageLead:
    'Poori class ek nazar mein: store mein kitne sessions hain, kaun logged in hai, carts, aur har minute kitne naye sessions bane. Har 1.5 second mein update hota hai.',
  loginTitle: 'Instructor login',
  loginLead:
    'Instructor token daaliye. Yeh INSTRUCTOR_TOKEN hai, ya woh token jo server ne start hote waqt log mein print kiya tha (.data/instructor-token mein bhi hai).',
  tokenLabel: 'Instructor token',
  loginButton: 'Dashboard kholiye',
  loggingIn: 'Check ho raha hai…',
  logoutButton: 'Dashboard se bahar',
  statSessions: 'Store mein sessions',
  statLoggedIn: 'Logged in',
  statCarts: 'Bhare hue carts',
  statCartTotal: 'Saare carts milakar',
  statStore: 'Store',
  storeFull:
    'Store lagbhag bhar gaya hai: {max} mein se {count} sessions, ab tak {evicted} nikaale gaye. Ab naye sessions sabse purane anonymous sessions ko pehle hataate hain; logged-in students sabse der tak rehte hain.',
  usersTitle: 'Har demo user ke logged-in sessions',
  cartsTitle: 'Carts',
  cartsEmpty: 'Abhi tak kisi cart mein kuch nahi hai.',
  cartItems: '{items} items',
  perMinuteTitle: 'Har minute naye sessions (pichhle 15 minute)',
  perMinuteSummary: 'Pichhle 15 minute mein {total} naye sessions; is minute {last}.',
  minutesAgo: '{n} min pehle',
  thisMinute: 'abhi',
  rowsTitle: 'Sessions',
  rowsCaption: 'Har session ki ek row: ID ka sirf chhota sa prefix, poori ID ya data kabhi nahi.',
  colId: 'ID (prefix)',
  colSize: 'Size',
  colExpires: 'Expire hoga',
  colUser: 'Logged in',
  colCart: 'Cart items',
  yes: 'haan',
  no: 'nahi',
  bytes: '{n} B',
  noSessions: 'Abhi koi session nahi hai. Class se link kholne ko kahiye.',
  rowsTruncated: '{total} mein se {shown} sessions dikh rahe hain.',
  updatedAt: 'Update hua {time}',
  offline: 'Server ne jawab nahi diya; phir se koshish kar rahe hain…',
  signedOut: 'Aapka instructor login khatam ho gaya; dobara login kijiye.',
  resetButton: 'Class reset kijiye',
  resetConfirm: 'Store ke saare sessions delete karein? Har student logout ho jayega aur har cart khaali ho jayega.',
  resetDone: 'Class reset ho gayi: {n} sessions delete hue.',
  expireAllButton: 'Sab abhi expire kijiye',
  expireAllConfirm: 'Saare sessions abhi khatam karein? Students ke paas cookie rahegi, lekin server unhe pehchanega nahi.',
  expireAllDone: '{n} sessions expire hue.',
  actionsTitle: 'Class ke actions',
  joinTitle: 'Class join kijiye',
  joinLead: 'Students apne phone par yeh address kholein (same Wi-Fi par), ya code scan karein.',
  joinNoNetwork:
    'Is computer ka koi aisa network address nahi hai jahan students pahunch sakein. Classroom Wi-Fi se connect karke reload kijiye.',
  qrLabel: '{url} ka QR code',
  errorLoginRequired: 'Instructor login zaroori hai. Pehle token ko /api/instructor/login par POST kijiye.',
  errorWrongToken: 'Yeh instructor token nahi hai.',
  errorTooManyAttempts: 'Bahut saare galat tokens. {seconds} second baad phir koshish kijiye.',
  errorBadBody: 'Aisa JSON bhejiye: {"token": "…"}.',
  presenterOn: 'Presenter view on hai',
  presenterOff: 'Presenter view',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutPrev: 'Pichhla section',
  shortcutNext: 'Agla section',
  shortcutInspector: 'Inspector dikhaiye ya chhupaiye',
  shortcutFullscreen: 'Full screen on ya off',
  shortcutHelp: 'Yeh list',
  shortcutClose: 'Band kijiye',
  inspectorHidden: 'Inspector chhupa hai (i dabaiye)',
  cancel: 'Rehne dijiye',
};

export const instructorStrings: Readonly<Record<Locale, InstructorStrings>> = { en, 'hi-latn': hiLatn };

/** The strings of `locale`. */
export function stringsFor(locale: Locale): InstructorStrings {
  return instructorStrings[locale];
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
