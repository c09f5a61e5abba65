export interface OutlineHeading {
  readonly id: string;
  readonly text: string;
  readonly depth: 2 | 3;
}

const HEADING = /^(#{2,3})\s+(.*?)\s*\{\/\*\s*([a-z0-9-]+)\s*\*\/\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Lines of an MDX source outside fenced code blocks. */
function proseLines(source: string): string[] {
  let inFence = false;
  return source.split('\n').filter((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** The `##`/`###` headings of a lesson with their stable IDs, for the table of contents. */
export function lessonOutline(source: string): OutlineHeading[] {
  return proseLines(source).flatMap((line) => {
    const match = HEADING.exec(line);
    if (!match) return [];
    const [, hashes = '', text = '', id = ''] = match;
    return [{ id, text: text.replace(/`/g, ''), depth: hashes.length === 2 ? 2 : 3 }];
  });
}

/** Words a learner reads: prose and code, without JSX tags, imports and exports. */
export function countWords(source: string): number {
  const text = source
    .replace(/^(?:export|import)\s[\s\S]*?;\s*$/gm, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read at 200 words a minute (code and Hinglish both read slower than prose), at least 1. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(source) / 200));
}
