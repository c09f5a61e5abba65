import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import { toHtml } from 'hast-util-to-html';
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
  // Last of all hooks: the highlighted code goes to the page as one HTML string, not as a tree of
  // token spans. React then neither ships that tree in the page's RSC payload nor hydrates each
  // span (a quarter of a lesson's elements); the HTML itself is the same.
  root(root) {
    const pre = root.children.find((child) => child.type === 'element' && child.tagName === 'pre');
    if (!pre) return;
    pre.properties['data-html'] = toHtml(pre.children);
    pre.children = [];
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
