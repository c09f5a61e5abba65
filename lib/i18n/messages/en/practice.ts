import type { PracticeOffReason } from '@/lib/practice/guard';

/**
 * The practice track's chrome (page, check panel, grader output, the checker's API). Exercise
 * statements and check texts live with their data (lib/practice/exercises.ts, checks/). Text
 * between backticks is code; the page renders it as <code>, never as HTML. This file defines the
 * shape every locale follows.
 */
export const practice = {
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
    } satisfies Record<PracticeOffReason, string>,
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
  /** Refusals of the in-site checker's API. */
  api: {
    badBody: 'Send `{"exercise": "<id>", "app": "http://127.0.0.1:<port>"}`.',
    targetNotLoopback: 'Only an app on this machine can be checked: use 127.0.0.1, ::1 or localhost.',
    crossOrigin: 'This check can only be started from this site’s own page.',
  },
};

export type PracticeMessages = typeof practice;
