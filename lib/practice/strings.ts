import type { Locale } from '@/lib/i18n/locales';

/*
 * Every word of the practice track's chrome (page, check panel, grader output), in both
 * languages. Exercise statements and check texts live with their data (`exercises.ts`,
 * `checks/`). Text between backticks is code; the page renders it as <code>, never as HTML.
 * `{name}` marks a value filled in with `format()`.
 */

export type PracticeOffReason = 'disabled' | 'not-this-machine' | 'no-front-door';

export interface PracticeStrings {
  readonly nav: string;
  readonly title: string;
  readonly lead: string;
  readonly contractHeading: string;
  readonly contract: readonly string[];
  readonly startHeading: string;
  readonly startSteps: readonly string[];
  readonly lessonLink: string;
  readonly routesHeading: string;
  readonly hintsHeading: string;
  readonly commandHeading: string;
  readonly checksHeading: string;
  readonly passedMark: string;
  readonly notPassedMark: string;
  readonly progress: string;
  readonly lessonBox: { readonly heading: string; readonly lead: string; readonly open: string };
  readonly checker: {
    readonly urlLabel: string;
    readonly urlHelp: string;
    readonly run: string;
    readonly running: string;
    readonly passed: string;
    readonly failed: string;
    readonly unreachable: string;
    readonly error: string;
    readonly offHeading: string;
    readonly off: Readonly<Record<PracticeOffReason, string>>;
    readonly offCommand: string;
  };
  readonly report: {
    readonly sent: string;
    readonly expected: string;
    readonly got: string;
    readonly hint: string;
    readonly exercise: string;
    readonly summary: string;
    readonly unreachable: string;
  };
  /** Refusals of the in-site checker's API. */
  readonly api: {
    readonly badBody: string;
    readonly targetNotLoopback: string;
    readonly crossOrigin: string;
  };
}

const en: PracticeStrings = {
  nav: 'Practice',
  title: 'Practice: build it yourself',
  lead: 'Watching the demos is half the course. Here you build the same tapri app with Express and express-session on your own machine, and a grader checks it over real HTTP, the way a browser would.',
  contractHeading: 'What every exercise expects',
  contract: [
    'Bodies are JSON: `app.use(express.json())`.',
    'Accounts `riya` / `chai-1234` and `aman` / `samosa-1234`.',
    'Products `chai`, `samosa`, `jalebi`, `vada-pav`, `lassi`.',
    'The session cookie’s name is your choice; `GET /` keeps the seed’s greeting.',
  ],
  startHeading: 'Getting started',
  startSteps: [
    'Copy `practice/starter/` out of this repository, then run `npm install && npm start` in it (port 4000).',
    'In this repository, run `npm run check -- seed-app --app http://127.0.0.1:4000`: the starter passes it as it is.',
    'Work through the exercises in order; each builds on the one before. `npm run check -- all --app http://127.0.0.1:4000` checks everything.',
  ],
  lessonLink: 'Lesson: {title}',
  routesHeading: 'Routes',
  hintsHeading: 'Hints',
  commandHeading: 'Check it',
  checksHeading: 'What the checks verify',
  passedMark: 'Passed',
  notPassedMark: 'Not passed yet',
  progress: '{done} of {total} exercises passed',
  lessonBox: {
    heading: 'Now you build it',
    lead: 'Put this lesson into your own express-session app:',
    open: 'Open the exercise',
  },
  checker: {
    urlLabel: 'Your app’s address',
    urlHelp: 'A loopback address only, such as http://127.0.0.1:4000.',
    run: 'Check my app',
    running: 'Checking…',
    passed: 'All checks passed.',
    failed: '{failed} of {total} checks failed.',
    unreachable: 'No answer from {url} ({reason}). Is your app running?',
    error: 'The check could not run: {message}',
    offHeading: 'Checking from this page is off',
    off: {
      disabled: 'This site runs with `PRACTICE_CHECKS=off`, so it checks no apps.',
      'not-this-machine':
        'This page checks apps only for a visitor on the machine the site runs on: a classroom or public server must never fetch addresses for strangers.',
      'no-front-door': 'The site was started without its front door (`npm start`), so it cannot tell where a request comes from.',
    },
    offCommand: 'Run the same grader in a terminal, in this repository:',
  },
  report: {
    sent: 'sent',
    expected: 'expected',
    got: 'got',
    hint: 'hint',
    exercise: 'Exercise',
    summary: '{passed} of {total} exercises passed.',
    unreachable:
      'No answer from {url} ({reason}). Start your app (for example `npm start` in your copy of practice/starter) and check again.',
  },
  api: {
    badBody: 'Send `{"exercise": "<id>", "app": "http://127.0.0.1:<port>"}`.',
    targetNotLoopback: 'Only an app on this machine can be checked: use 127.0.0.1, ::1 or localhost.',
    crossOrigin: 'This check can only be started from this site’s own page.',
  },
};

const hiLatn: PracticeStrings = {
  nav: 'Practice',
  title: 'Practice: khud banaiye',
  lead: 'Demos dekhna aadha course hai. Yahan aap wahi tapri app Express aur express-session se apni machine par banaate hain, aur ek grader use real HTTP par, browser ki tarah, check karta hai.',
  contractHeading: 'Har exercise kya maanta hai',
  contract: [
    'Bodies JSON mein: `app.use(express.json())`.',
    'Accounts `riya` / `chai-1234` aur `aman` / `samosa-1234`.',
    'Products `chai`, `samosa`, `jalebi`, `vada-pav`, `lassi`.',
    'Session cookie ka naam aapki marzi; `GET /` seed wala greeting hi deta rahe.',
  ],
  startHeading: 'Shuru kaise karein',
  startSteps: [
    'Is repository se `practice/starter/` copy kijiye, phir usmein `npm install && npm start` chalaiye (port 4000).',
    'Is repository mein `npm run check -- seed-app --app http://127.0.0.1:4000` chalaiye: starter ise waise hi pass karta hai.',
    'Exercises order mein kijiye; har ek pichhle wale par banta hai. `npm run check -- all --app http://127.0.0.1:4000` sab check karta hai.',
  ],
  lessonLink: 'Lesson: {title}',
  routesHeading: 'Routes',
  hintsHeading: 'Hints',
  commandHeading: 'Check kijiye',
  checksHeading: 'Checks kya dekhte hain',
  passedMark: 'Pass',
  notPassedMark: 'Abhi pass nahi',
  progress: '{total} mein se {done} exercises pass',
  lessonBox: {
    heading: 'Ab aap banaiye',
    lead: 'Yeh lesson apne express-session app mein utaariye:',
    open: 'Exercise kholiye',
  },
  checker: {
    urlLabel: 'Aapke app ka address',
    urlHelp: 'Sirf loopback address, jaise http://127.0.0.1:4000.',
    run: 'Mera app check kijiye',
    running: 'Check ho raha hai…',
    passed: 'Saare checks pass.',
    failed: '{total} mein se {failed} checks fail.',
    unreachable: '{url} se koi jawab nahi ({reason}). Kya aapka app chal raha hai?',
    error: 'Check chal nahi paaya: {message}',
    offHeading: 'Is page se check band hai',
    off: {
      disabled: 'Yeh site `PRACTICE_CHECKS=off` ke saath chal rahi hai, isliye koi app check nahi karti.',
      'not-this-machine':
        'Yeh page sirf usi machine par baithe visitor ke liye app check karta hai jis par site chal rahi hai: classroom ya public server kabhi anjaan logon ke liye URLs fetch nahi karega.',
      'no-front-door': 'Site apne front door (`npm start`) ke bina chali hai, isliye woh nahi jaan sakti ki request kahan se aayi.',
    },
    offCommand: 'Wahi grader terminal mein, is repository mein chalaiye:',
  },
  report: {
    sent: 'bheja',
    expected: 'chahiye',
    got: 'mila',
    hint: 'hint',
    exercise: 'Exercise',
    summary: '{total} mein se {passed} exercises pass.',
    unreachable:
      '{url} se koi jawab nahi ({reason}). Apna app chalaiye (jaise practice/starter ki copy mein `npm start`) aur phir check kijiye.',
  },
  api: {
    badBody: '`{"exercise": "<id>", "app": "http://127.0.0.1:<port>"}` bhejiye.',
    targetNotLoopback: 'Sirf isi machine ka app check ho sakta hai: 127.0.0.1, ::1 ya localhost use kijiye.',
    crossOrigin: 'Yeh check sirf isi site ke apne page se shuru ho sakta hai.',
  },
};

/** The practice strings per locale; both have the same keys (checked by a test). */
export const practiceStrings: Readonly<Record<Locale, PracticeStrings>> = { 'hi-latn': hiLatn, en };
