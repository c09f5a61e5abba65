/** Every UI string in Hinglish; `en.ts` must have the same keys (a unit test checks). */
export const hiLatn = {
  site: {
    name: 'Session Pathshala',
    tagline: 'HTTP sessions ko sach mein samjhiye — Hinglish aur English mein.',
    skipToContent: 'Seedha content par jaiye',
    footer: 'Session Pathshala — sessions ki pathshala. Har demo isi site ke session engine par chalta hai.',
  },
  nav: {
    main: 'Mukhya navigation',
    home: 'Home',
    learn: 'Lessons',
    openMenu: 'Menu kholiye',
    closeMenu: 'Menu band kijiye',
    menu: 'Menu',
  },
  language: {
    label: 'Bhasha',
    switchTo: 'English mein padhiye',
    short: 'EN',
  },
  theme: {
    label: 'Theme',
    light: 'Light theme',
    dark: 'Dark theme',
    system: 'System theme',
    toggle: 'Theme badliye',
  },
  home: {
    title: 'Sessions ko andar se samjhiye',
    lead: 'HTTP har request ke baad sab bhool jaata hai. Phir login kaise yaad rehta hai, cart kaise bharta hai? Is course mein hum cookies, session ID, signing, express-session, stores aur security — sab kuch live demos ke saath seekhenge.',
    start: 'Pehla lesson shuru kijiye',
    browse: 'Saare lessons dekhiye',
    whatYouLearn: 'Aap kya seekhenge',
    features: {
      lessonsTitle: 'Asaan lessons',
      lessonsBody: 'Har concept chai ki tapri wali misaalon ke saath, code ke saath, aur har lesson ke end mein ek quiz.',
      labTitle: 'Live demos',
      labBody: 'Login, cart aur activity demos ek asli session engine par chalte hain — koi nakli animation nahi.',
      inspectorTitle: 'Cookie inspector',
      inspectorBody: 'Har click ke baad dekhiye: browser ne kaunsi cookie bheji, server ne kya jawab diya, aur store mein kya hai.',
    },
  },
  learn: {
    indexTitle: 'Saare lessons',
    indexLead: 'Course ka poora raasta, ek ke baad ek. Upar se shuru kijiye ya jo topic chahiye wahan jaiye.',
    outline: 'Course outline',
    lesson: 'Lesson',
    minutesRead: '{minutes} min padhai',
    onThisPage: 'Is page par',
    previous: 'Pichhla',
    next: 'Agla',
    comingSoon: 'Jald aa raha hai',
    breadcrumb: 'Breadcrumb',
    pagination: 'Lesson navigation',
  },
  code: {
    copy: 'Copy',
    copied: 'Copy ho gaya!',
    copyLabel: 'Code copy kijiye',
    copyFailed: 'Copy nahi ho paya',
    terminal: 'Terminal',
  },
  callout: {
    note: 'Note',
    tip: 'Tip',
    warning: 'Dhyaan dijiye',
  },
  deepDive: {
    label: 'Deep dive',
    show: 'Kholiye',
    hide: 'Band kijiye',
  },
  recap: {
    title: 'Yaad rakhiye',
  },
  quiz: {
    title: 'Quiz',
    question: 'Sawaal {n} / {total}',
    correct: 'Sahi jawab!',
    wrong: 'Yeh sahi nahi hai.',
    correctAnswerWas: 'Sahi jawab: {answer}',
    tryAgain: 'Dobara koshish kijiye',
    score: '{total} mein se {score} sahi',
    whyRight: 'Kyun sahi',
    whyWrong: 'Kyun galat',
  },
  notFound: {
    title: 'Yeh page nahi mila',
    body: 'Jo page aap dhoondh rahe hain, woh yahan nahi hai — shayad link purana hai ya address mein typo hai.',
    home: 'Home par jaiye',
    lessons: 'Lessons dekhiye',
  },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Dictionary = Strings<typeof hiLatn>;
