/** Sharing and offline reading: link-preview cards, the offline page, "save the course", the server-needed notice. This file defines the shape every locale follows. */
export const offline = {
  card: {
    lesson: 'Lesson {number}',
    lab: 'Live lab',
    course: 'HTTP sessions, from the inside',
  },
  manifest: {
    shortName: 'Pathshala',
  },
  page: {
    title: 'You are offline',
    lead: 'This page is not saved on this device, and the server cannot be reached right now.',
    lessons: 'Lessons you opened before are saved: they open without the network.',
    labs: 'The labs and the cookie inspector talk to the server on every click, so they need it. They work again as soon as the connection is back.',
    toLessons: 'Go to the lessons',
  },
  save: {
    title: 'Read without the network',
    lead: 'Every lesson you open is kept on this device. Save the whole course now to read it on the train or when the Wi-Fi drops.',
    button: 'Save the whole course for offline',
    saving: 'Saving lesson {done} of {total}…',
    saved: 'All {total} lessons are saved on this device.',
    partly: '{done} of {total} lessons saved; {failed} could not be fetched. Try again when the connection is better.',
    unavailable: 'This browser cannot keep pages offline (no service worker), so the lessons need the network.',
    progress: 'Lessons saved',
  },
  serverNeeded: {
    title: 'No connection to the server',
    body: 'This lab and the inspector run on the server, so they need it. The lesson text still works. Everything here works again as soon as the connection is back.',
  },
};

export type OfflineMessages = typeof offline;
