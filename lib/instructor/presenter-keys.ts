/** What a key does in presenter view. */
export type PresenterCommand = 'prev' | 'next' | 'inspector' | 'fullscreen' | 'help';

/** The keys, in the order the shortcut list shows them. */
export const PRESENTER_SHORTCUTS: readonly { keys: readonly string[]; command: PresenterCommand }[] = [
  { keys: ['←'], command: 'prev' },
  { keys: ['→'], command: 'next' },
  { keys: ['i'], command: 'inspector' },
  { keys: ['f'], command: 'fullscreen' },
  { keys: ['?'], command: 'help' },
];

/** What ←/→ stop at: a lesson's `##` sections and every inspector, in document order. */
export const PRESENTER_STOPS = '.lesson-prose > h2[id], [data-inspector]';

/** The localStorage key that remembers presenter view per browser. */
export const PRESENTER_STORAGE_KEY = 'pathshala.presenter';

interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * The command of a key press, or null. Keys typed into a field, and any chord with Ctrl,
 * Meta or Alt (the browser's own shortcuts, Alt+← for "back"), are left alone.
 */
export function commandForKey(press: KeyPress, typingInField: boolean): PresenterCommand | null {
  if (typingInField || press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case 'i':
    case 'I':
      return 'inspector';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/**
 * The section heading to scroll to. `tops` are the headings' distances from the top of the
 * viewport in document order; `offset` is where a heading sits once scrolled to (below the
 * sticky header). Next is the first heading below that line, previous the last one above it.
 */
export function sectionTarget(tops: readonly number[], offset: number, direction: 'prev' | 'next'): number | null {
  const slack = 4;
  if (direction === 'next') {
    const index = tops.findIndex((top) => top > offset + slack);
    return index === -1 ? null : index;
  }
  let target: number | null = null;
  tops.forEach((top, index) => {
    if (top < offset - slack) target = index;
  });
  return target;
}
