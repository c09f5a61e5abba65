/** Build-time lesson search: sections of plain text, and a small scorer that runs in the browser. */

export interface SearchSection {
  /** The lesson's slug; for a lab, its path under the locale (`lab/security/fixation`). */
  readonly slug: string;
  /** Set for a lab: the page is `/<locale>/<slug>`, not a lesson. */
  readonly kind?: 'lab';
  readonly lessonTitle: string;
  /** Heading ID of the section, or '' for the lesson's opening. */
  readonly id: string;
  readonly heading: string;
  readonly text: string;
}

export interface SearchHit {
  readonly section: SearchSection;
  readonly score: number;
  readonly snippet: string;
}

/** Where a hit leads: a lesson's section, or a lab's page. */
export function sectionHref(locale: string, section: SearchSection): string {
  if (section.kind === 'lab') return `/${locale}/${section.slug}`;
  return `/${locale}/learn/${section.slug}${section.id ? `#${section.id}` : ''}`;
}

const HEADING = /^(#{2,3})\s+(.*?)\s*\{\/\*\s*([a-z0-9-]+)\s*\*\/\}\s*$/;

/** Markdown/MDX to searchable plain text: no tags, exports, fences' markers or link targets. */
export function plainText(mdx: string): string {
  return mdx
    .normalize('NFC')
    .replace(/^(?:export|import)\s[\s\S]*?^\S*[;}]\s*$/gm, ' ')
    .replace(/<Quiz[\s\S]*?\/>/g, ' ')
    .replace(/```[^\n]*\n/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a lesson at its `##`/`###` headings into search sections. */
export function lessonSections(slug: string, rawTitle: string, mdx: string): SearchSection[] {
  const lessonTitle = rawTitle.normalize('NFC');
  const sections: { id: string; heading: string; lines: string[] }[] = [{ id: '', heading: lessonTitle, lines: [] }];
  for (const line of mdx.split('\n')) {
    const match = HEADING.exec(line);
    if (match) sections.push({ id: match[3] ?? '', heading: (match[2] ?? '').replace(/`/g, '').normalize('NFC'), lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections
    .map((section) => ({
      slug,
      lessonTitle,
      id: section.id,
      heading: section.heading,
      text: plainText(section.lines.join('\n')).slice(0, 4000),
    }))
    .filter((section) => section.text.length > 0 || section.id !== '');
}

/*
 * A word is letters, marks and digits: Devanagari's vowel signs (matras), virama and nukta are
 * marks (\p{M}), not letters, so "कैसे" would fall apart at its matra without them. Query and
 * index are both in NFC, so a nukta typed as its own character matches a precomposed one.
 */
export function tokenize(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}.-]+/u)
    .map((token) => token.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((token) => token.length >= 2);
}

function snippetAround(text: string, token: string): string {
  const at = text.toLowerCase().indexOf(token);
  if (at === -1) return text.slice(0, 140);
  const start = Math.max(0, at - 60);
  return (start > 0 ? '…' : '') + text.slice(start, at + 100).trim() + '…';
}

/**
 * Whether `a` and `b` are at most one edit apart: one letter added, dropped, changed, or two
 * neighbours swapped ("regenrate" → "regenerate", "cokie" → "cookie").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
    return swapped || a.slice(start + 1) === b.slice(start + 1);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}

/** Shorter words are left exact: one edit away from "id" or "ttl" is another word. */
const FUZZY_MIN_LENGTH = 5;

const wordsOf = new WeakMap<SearchSection, readonly string[]>();

function words(section: SearchSection): readonly string[] {
  let list = wordsOf.get(section);
  if (list === undefined) {
    list = [...new Set(`${section.lessonTitle} ${section.heading} ${section.text}`.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u))];
    wordsOf.set(section, list);
  }
  return list;
}

/** How well `token` matches the section: lesson title, then heading, then text; a typo counts half. */
function tokenScore(section: SearchSection, token: string): number {
  const title = section.lessonTitle.toLowerCase();
  const heading = section.heading.toLowerCase();
  const text = section.text.toLowerCase();
  const inTitle = title.includes(token) ? 5 : 0;
  const inHeading = heading.includes(token) ? 3 : 0;
  const inText = text.includes(token) ? 1 + Math.min(3, text.split(token).length - 2) * 0.25 : 0;
  const exact = inTitle + inHeading + inText;
  if (exact > 0 || token.length < FUZZY_MIN_LENGTH) return exact;
  const near = words(section).find((word) => word.length >= FUZZY_MIN_LENGTH - 1 && withinOneEdit(token, word));
  return near === undefined ? 0 : tokenScore(section, near) / 2;
}

/** The word a typo stood for, to centre the snippet on. */
function matchedWord(section: SearchSection, token: string): string {
  if (section.text.toLowerCase().includes(token)) return token;
  return words(section).find((word) => withinOneEdit(token, word)) ?? token;
}

/**
 * Ranks sections by where the words appear: lesson title, then heading, then text. Every word
 * must appear, exactly or (from five letters) one typo away, which scores half.
 */
export function search(sections: readonly SearchSection[], query: string, limit = 8): SearchHit[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const section of sections) {
    let score = 0;
    let all = true;
    for (const token of tokens) {
      const points = tokenScore(section, token);
      if (points === 0) all = false;
      score += points;
    }
    if (all) hits.push({ section, score, snippet: snippetAround(section.text, matchedWord(section, tokens[0] ?? '')) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
