import { describe, expect, it } from 'vitest';
import { lessonSections, plainText, search, tokenize } from './search';

const mdx = [
  "export const metadata = {\n  title: 'T',\n};",
  '',
  'Pehle ek kahani.',
  '## Cookie kya hai {/*what-is-a-cookie*/}',
  'Browser `Set-Cookie` header yaad rakhta hai. Chai ki tapri wala aapko pehchaanta hai.',
  '<Callout type="tip">',
  'Dhyaan dijiye: [glossary](/hi-latn/glossary#cookie) dekhiye.',
  '</Callout>',
  '### Expiry {/*expiry*/}',
  'Max-Age seconds mein hota hai.',
].join('\n');

describe('lessonSections', () => {
  it('splits at headings, keeping stable IDs and plain text', () => {
    const sections = lessonSections('cookies-101', 'Cookies 101', mdx);
    expect(sections.map((s) => s.id)).toEqual(['', 'what-is-a-cookie', 'expiry']);
    expect(sections[1]?.text).toBe(
      'Browser Set-Cookie header yaad rakhta hai. Chai ki tapri wala aapko pehchaanta hai. Dhyaan dijiye: glossary dekhiye.',
    );
    expect(sections[0]?.text).toBe('Pehle ek kahani.');
  });
});

describe('plainText', () => {
  it('drops exports, JSX tags, comments and link targets', () => {
    expect(plainText("export const a = {\n  b: 'c',\n};\n<Recap>\n- **yaad** [x](/y)\n</Recap>")).toBe('- yaad x');
  });
});

describe('search', () => {
  const sections = lessonSections('cookies-101', 'Cookies 101', mdx);

  it('finds a section by a Hinglish word', () => {
    const hits = search(sections, 'tapri');
    expect(hits[0]?.section.id).toBe('what-is-a-cookie');
    expect(hits[0]?.snippet).toContain('tapri');
  });

  it('ranks a heading match above a text match and needs every word', () => {
    expect(search(sections, 'expiry')[0]?.section.id).toBe('expiry');
    expect(search(sections, 'tapri expiry')).toEqual([]);
  });

  it('ignores one-letter and empty queries', () => {
    expect(tokenize('a  ')).toEqual([]);
    expect(search(sections, ' ')).toEqual([]);
  });
});
