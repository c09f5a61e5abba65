import type { Root } from 'hast';

export const LESSON_LANGUAGES: string[];
export const TERMINAL_LANGUAGES: Set<string>;
/** The rehype plugin: highlights every `<pre><code class="language-…">` of a lesson at build time. */
export default function rehypeCode(): (tree: Root, file: { fail(message: string): never }) => Promise<void>;
