import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import { createHighlighter } from 'shiki';

/** Languages a lesson may use in a code fence; anything else fails the build. */
export const LESSON_LANGUAGES = ['js', 'ts', 'tsx', 'jsx', 'json', 'sh', 'http', 'diff', 'text'];
export const TERMINAL_LANGUAGES = new Set(['sh']);

const NOTATION = /\s*(?:\/\/|#)\s*\[!code [^\]]+\]/g;

let highlighter;
function getHighlighter() {
  highlighter ??= createHighlighter({
    themes: ['github-light-high-contrast', 'github-dark-default'],
    langs: LESSON_LANGUAGES.filter((lang) => lang !== 'text'),
  });
  return highlighter;
}

/** Carries the file label, language and clean source to the `pre` component (copy button). */
const codeMeta = {
  name: 'pathshala:code-meta',
  pre(node) {
    const raw = this.options.meta?.__raw ?? '';
    const title = /title="([^"]+)"/.exec(raw)?.[1];
    node.properties['data-language'] = this.options.lang;
    node.properties['data-code'] = this.source.replace(NOTATION, '');
    if (title) node.properties['data-title'] = title;
    if (TERMINAL_LANGUAGES.has(this.options.lang)) node.properties['data-terminal'] = 'true';
  },
};

/** Highlights lesson code at build time, so no Shiki reaches the browser. */
export default function rehypeCode() {
  return async (tree, file) => {
    const transform = rehypeShikiFromHighlighter(await getHighlighter(), {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
      defaultColor: 'light',
      transformers: [transformerNotationDiff(), transformerMetaHighlight(), codeMeta],
      onError: (error) => file.fail(String(error)),
    });
    await transform(tree, file, () => {});
  };
}
