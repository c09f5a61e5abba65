import type { PlaygroundMessages } from '../en/playground';

export const playground: PlaygroundMessages = {
  title: 'Options playground',
  lead: 'Options chuniye, request bhejiye, aur dekhiye ki server kya jawab deta hai aur store mein kya hota hai. Yeh ek sandbox session hai, bilkul inhi options ke saath, apni alag cookie `pathshala.playground` par (path `/api/playground/options`); aapka asli session, `pathshala.sid`, kabhi nahi chhua jaata.',
  optionsHeading: 'Options',
  optionHelp: {
    resave: 'Session badla na ho, tab bhi use store mein dobara likho.',
    saveUninitialized: 'Naya session, jismein kuch likha nahi gaya, use bhi store karo (aur cookie bhejo).',
    rolling: 'Har response par cookie bhejo, uska `Expires` aage badhate hue.',
    maxAgeMs: 'Cookie ki umar, ms mein; browser tak yeh `Expires` ban kar pahunchti hai.',
    secure: "Cookie sirf HTTPS par bhejo; `'auto'` har naye session ke liye request dekh kar tay karta hai.",
    httpOnly: 'Cookie ko `document.cookie` se chhupao.',
    sameSite: 'Cross-site requests ke saath browser cookie bheje ya nahi.',
  },
  maxAgeNone: 'none (browser-session cookie)',
  maxAgeSeconds: '{n} s ({ms} ms)',
  maxAgeMinutes: '{n} min ({ms} ms)',
  cookieOptionsHint:
    'Cookie options (`maxAge`, `secure`, `httpOnly`, `sameSite`) session bante waqt hi tay ho jaate hain; purana session apne options rakhta hai, express-session mein bhi. Naye options aazmane ke liye Reset dabaiye.',
  conflictHint:
    "`sameSite: 'none'` ke saath `secure` zaroori hai: browser `Secure` ke bina `SameSite=None` wali cookie phenk deta hai. Yeh engine is combination ko start par hi mana kar deta hai; express-session ise chala deta hai, aur cookie chupchaap kabhi nahi tikti.",
  sendHeading: 'Request bhejiye',
  kinds: {
    read: { label: 'Sirf read', help: 'Route session se `counter` padhta hai, badalta kuch nahi.' },
    modify: { label: 'Modify', help: 'Route `counter` mein 1 jodta hai: session ka data badalta hai.' },
    nothing: {
      label: 'Kuch nahi',
      help: 'Route `req.session` ko dekhta tak nahi. Phir bhi session middleware chalta hai: cookie aayi ho to session load karta hai (store ka `get`) aur end mein wahi rules lagata hai, isliye nateeja hamesha "Sirf read" jaisa hota hai. Session sirf tab chhootta hai jab route cookie path ke bahar ho, ya us par middleware hi na ho.',
    },
  },
  reset: 'Reset',
  resetHelp: 'Sandbox session aur uski cookie mita deta hai, taaki agli request naya session shuru kare.',
  resultsHeading: 'Requests, sabse nayi upar',
  empty: 'Abhi tak koi request nahi. Ek bhejiye.',
  requestLabel: 'Request {n}: {kind}',
  incomingLabel: 'Session',
  incoming: {
    none: 'sandbox cookie nahi aayi → naya session',
    stale: 'cookie aayi, lekin store mein uska session ab nahi hai (expire ho gaya?) → naya session',
    existing: 'cookie aayi → session store se load hua',
  },
  oursHeading: 'Is site ka engine',
  expressHeading: 'express-session 1.19, isi situation mein',
  setCookieLabel: 'Set-Cookie',
  none: 'none',
  noneBecause: 'none: {reason}',
  reasons: {
    'save-uninitialized-off': 'naya session jismein kuch likha nahi gaya, aur `saveUninitialized` false hai',
    'not-modified': 'purana session, kuch nahi badla, aur `rolling` false hai',
    'browser-session-cookie-unchanged':
      'data badla, lekin cookie ki koi expiry nahi jise aage badhaya jaaye (`maxAge` none), aur `rolling` false hai',
    'secure-over-http': 'cookie Secure hai aur yeh request plain HTTP par aayi',
    'outside-cookie-path': 'request cookie path ke bahar hai',
    destroyed: 'session destroy ho gaya',
    unset: 'session unset ho gaya',
  },
  storeLabel: 'Store',
  noStoreCalls: 'store ko koi call nahi',
  expressSetCookieYes: 'bheji',
  headersFirst: 'iske headers is write ke poora hone se pehle hi chale jaate hain',
  writtenFirst: 'yeh write response bhejne se pehle poora ho gaya',
  sessionDataLabel: 'Session data',
  dataNotRead: 'is route ne padha hi nahi',
  same: 'Nateeja same',
  differs: 'Alag',
  notes: {
    keptCookieSettings:
      'Yeh session doosre cookie options ke saath bana tha aur unhi ko rakhta hai, express-session ki tarah: uski cookie store se dobara banti hai. Abhi ke options wala session chahiye to Reset dabaiye.',
    sameSiteNoneRejected:
      '`Secure` ke bina `SameSite=None`: browser yeh cookie reject kar deta hai, isliye agli request bina cookie ke aayegi.',
    secureOverHttp:
      'Plain HTTP par Secure cookie nahi bheji jaati, lekin session store ho gaya: browser ko uska ID kabhi pata nahi chalta, isliye har request ek aur naya session banati hai. express-session bhi bilkul yahi karta hai.',
    differs: 'Yahan express-session kuch aur karta; neeche jaan-boojhkar rakhe gaye farq dekhiye.',
  },
  status: {
    sending: '{kind}: bhej rahe hain…',
    done: 'Request {n} ({kind}): Set-Cookie {cookie}; store: {ops}.',
    cookieSent: 'bheji',
    reset: 'Naye sire se shuru: sandbox session aur uski cookie mita di gayi.',
    failed: 'Request fail ho gayi: {message}',
  },
  differencesHeading: 'Jahan yeh engine jaan-boojhkar express-session se alag hai',
  engineOnlyOptions:
    'Yeh yahan nahi hain, kyunki express-session mein aise options hote hi nahi: is engine ke apne {options}. Lessons mein har ek "Engine extra" box mein hai, us code ke saath jo express-session app mein yahi kaam karta hai.',
  differences: [
    'Yeh store write (`set` ya `touch`) response banne se pehle poora karta hai. express-session `res.end` mein headers, `Set-Cookie` samet, bhej deta hai aur sirf body ka aakhri byte store ke jawab tak rokta hai, isliye session save hone se pehle hi browser redirect follow kar sakta hai.',
    'Yeh load se save tak har session par lock rakhta hai, taaki ek hi session par parallel requests koi update na khoyein; express-session mein koi lock nahi hota.',
    "Yeh `secure` ke bina `sameSite: 'none'` ko start par hi mana kar deta hai; express-session aisi cookie bhej deta hai aur browser use phenk deta hai.",
    "Iske defaults surakshit wale hain (`resave` aur `saveUninitialized` false, `secure: 'auto'`, `sameSite: 'lax'`); express-session ke `true`, `true`, off aur unset hain. Playground har option khud bhejta hai, isliye yahan defaults ka koi role nahi.",
  ],
};
