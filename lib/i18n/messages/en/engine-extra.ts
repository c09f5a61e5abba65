/** The "engine extra" box in lessons and its badge in the options playground. This file defines the shape every locale follows. */
export const engineExtra = {
  badge: 'Engine extra',
  lead: 'This is a feature of this site’s engine; express-session does not do it. Below: what our engine does, and how you get the same thing in your own express-session app.',
  badgeTitle: 'Only in this site’s engine; not in express-session',
};

export type EngineExtraMessages = typeof engineExtra;
