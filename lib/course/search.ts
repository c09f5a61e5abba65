/** Build-time lesson search: sections of plain text, and a small scorer that runs in the browser. */

export interface SearchSection {
  readonly slug: string;
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

const HEADING = /^(#{2,3})\s+(.*?)\s*\{\/\*\s*([a-z0-9-]+)\s*\*\/\}\s*$/;

/** Markdown/MDX to searchable plain text: no tags, exports, fences' markers or link targets. */
export function plainText(mdx: string): string {
  return mdx
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
export function lessonSections(slug: string, lessonTitle: string, mdx: string): SearchSection[] {
  const sections: { id: string; heading: string; lines: string[] }[] = [{ id: '', heading: lessonTitle, lines: [] }];
  for (const line of mdx.split('\n')) {
    const match = HEADING.exec(line);
    if (match) sections.push({ id: match[3] ?? '', heading: (match[2] ?? '').replace(/`/g, ''), lines: [] });
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

export function tokenize(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((token) => token.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((token) => token.length >= 2);
}

function snippetAround(text: string, token: string): string {
  const at = text.toLowerCase().indexOf(token);
  if (at === -1) return text.slice(0, 140);
  const start = Math.max(0, at - 60);
  return (start > 0 ? '…' : '') + text.slice(start, at + 100).trim() + '…';
}

/** Ranks sections by where the words appear: lesson title, then heading, then text. Every word must appear. */
export function search(sections: readonly SearchSection[], query: string, limit = 8): SearchHit[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const section of sections) {
    const title = section.lessonTitle.toLowerCase();
    const heading = section.heading.toLowerCase();
    const text = section.text.toLowerCase();
    let score = 0;
    let all = true;
    for (const token of tokens) {
      const inTitle = title.includes(token) ? 5 : 0;
      const inHeading = heading.includes(token) ? 3 : 0;
      const inText = text.includes(token) ? 1 + Math.min(3, text.split(token).length - 2) * 0.25 : 0;
      if (inTitle + inHeading + inText === 0) all = false;
      score += inTitle + inHeading + inText;
    }
    if (all) hits.push({ section, score, snippet: snippetAround(section.text, tokens[0] ?? '') });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
