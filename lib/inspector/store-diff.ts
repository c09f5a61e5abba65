/** What changed in a store entry between two inspections, key by key (the `cookie` object included). */
export interface EntryDiff {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export const noDiff: EntryDiff = { added: [], changed: [], removed: [] };

type Entry = Readonly<Record<string, unknown>> | null | undefined;

/** Top-level keys added, changed (deep, by JSON) and removed from `before` to `after`. */
export function diffEntries(before: Entry, after: Entry): EntryDiff {
  if (!before || !after)
    return { added: after ? Object.keys(after) : [], changed: [], removed: before && !after ? Object.keys(before) : [] };
  const added = Object.keys(after).filter((key) => !(key in before));
  const removed = Object.keys(before).filter((key) => !(key in after));
  const changed = Object.keys(after).filter((key) => key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return { added, changed, removed };
}

export function isEmptyDiff(diff: EntryDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length === 0;
}
