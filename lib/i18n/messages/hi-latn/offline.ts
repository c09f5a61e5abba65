import type { OfflineMessages } from '../en/offline';

export const offline: OfflineMessages = {
  card: {
    lesson: 'Lesson {number}',
    lab: 'Live lab',
    course: 'HTTP sessions, andar se',
  },
  manifest: {
    shortName: 'Pathshala',
  },
  page: {
    title: 'Aap offline hain',
    lead: 'Yeh page is device par saved nahi hai, aur abhi server tak pahunch nahi ho rahi.',
    lessons: 'Jo lessons aapne pehle khole the, woh saved hain: woh network ke bina bhi khulte hain.',
    labs: 'Labs aur cookie inspector har click par server se baat karte hain, isliye unhe server chahiye. Connection wapas aate hi woh phir se chalenge.',
    toLessons: 'Lessons par jaiye',
  },
  save: {
    title: 'Network ke bina padhiye',
    lead: 'Jo bhi lesson aap kholte hain, woh is device par rakh liya jaata hai. Poora course abhi save kar lijiye, taaki train mein ya Wi-Fi jaane par bhi padh sakein.',
    button: 'Poora course offline ke liye save kijiye',
    saving: '{total} mein se lesson {done} save ho raha hai…',
    saved: 'Saare {total} lessons is device par saved hain.',
    partly: '{total} mein se {done} lessons saved; {failed} fetch nahi ho paaye. Connection behtar hone par phir se try kijiye.',
    unavailable: 'Yeh browser pages offline nahi rakh sakta (service worker nahi hai), isliye lessons ko network chahiye.',
    progress: 'Saved lessons',
  },
  serverNeeded: {
    title: 'Server se connection nahi hai',
    body: 'Yeh lab aur inspector server par chalte hain, isliye unhe server chahiye. Lesson ka text phir bhi padha ja sakta hai. Connection wapas aate hi yahan sab phir se chalega.',
  },
};
