/**
 * How much of a lesson's prose is written in Devanagari: Devanagari characters (letters, vowel
 * signs, virama, danda: U+0900–U+097F) over those plus Latin letters, counted outside what is
 * Latin by nature — code blocks, inline code, link targets, MDX comments (heading IDs), the
 * `export`ed metadata's keys and JSX tags. A quiz keeps its human text (prompts, options,
 * explanations) and a callout its `title`; their other props and keys are dropped.
 *
 * The course's seed note, Devanagari with its many English terms and its code pasted in as
 * prose, scores 0.35 by this measure; a Hinglish lesson scores 0.
 */
export function devanagariShare(mdx: string): number {
  const prose = proseOf(mdx);
  const devanagari = (prose.match(/[\u0900-\u097F]/g) ?? []).length;
  const latin = (prose.match(/[A-Za-z]/g) ?? []).length;
  return devanagari + latin === 0 ? 0 : devanagari / (devanagari + latin);
}

/** The least share a `hi` lesson must reach: the seed note's own. */
export const MIN_DEVANAGARI_SHARE = 0.35;

/** The human text of a lesson, with everything that is code or markup taken out. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^\s*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\s*\1\s*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<([A-Z][\w.]*)\b[^>]*?\{\[[\s\S]*?\]\}\s*\/>/g, (tag) => quotedStrings(tag))
    .replace(/^(?:export|import)\s[\s\S]*?^\S*[;}]\s*$/gm, (block) => quotedStrings(block))
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => ` ${[...tag.matchAll(/\btitle="([^"]*)"/g)].map((match) => match[1]).join(' ')} `);
}

/** The contents of the quoted strings in a piece of JavaScript, without their code spans. */
function quotedStrings(code: string): string {
  const strings = [...code.matchAll(/(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*(?=[,}\]\n])/g)].map((match) => match[2] ?? '');
  return strings
    .filter((text) => !/^[a-z0-9-]+$/.test(text))
    .join(' ')
    .replace(/`[^`]*`/g, ' ');
}
