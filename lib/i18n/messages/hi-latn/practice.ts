import type { PracticeMessages } from '../en/practice';

export const practice: PracticeMessages = {
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
