import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeCode from './rehype-code.mjs';

function codeTree(source: string, lang: string): Root {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: { className: [`language-${lang}`] },
    children: [{ type: 'text', value: source }],
  };
  return { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] };
}

async function highlight(source: string, lang: string): Promise<Element> {
  const tree = codeTree(source, lang);
  const file = {
    fail(message: string): never {
      throw new Error(message);
    },
  };
  await rehypeCode()(tree, file);
  // The Shiki plugin puts its own root (holding the new <pre>) where the old <pre> was.
  type Node = { type: string; tagName?: string; children?: Node[] };
  const find = (node: Node): Node | undefined =>
    node.type === 'element' && node.tagName === 'pre' ? node : (node.children ?? []).map(find).find(Boolean);
  const pre = find(tree as Node) as Element | undefined;
  if (!pre) throw new Error('no <pre> after highlighting');
  return pre;
}

describe('rehypeCode', () => {
  it('should hand the highlighted code to the page as one HTML string, with no element children', async () => {
    const pre = await highlight("const greeting = 'namaste';\n", 'js');
    expect(pre.tagName).toBe('pre');
    expect(pre.children).toEqual([]);
    const html = String(pre.properties['data-html']);
    expect(html).toMatch(/^<code><span class="line">/);
    expect(html).toContain('namaste');
    expect(html).toContain('--shiki-dark:');
    expect(pre.properties['data-language']).toBe('js');
  });

  it('should keep the clean source for the copy button, without the diff notation', async () => {
    const pre = await highlight('app.use(session({ secret })); // [!code ++]\n', 'js');
    expect(pre.properties['data-code']).toBe('app.use(session({ secret }));');
    expect(String(pre.properties['data-html'])).toContain('class="line diff add"');
  });

  it('should escape the source in the HTML, so code about <script> stays text', async () => {
    const pre = await highlight('<script>alert(1)</script>\n', 'text');
    const html = String(pre.properties['data-html']);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
  });
});
