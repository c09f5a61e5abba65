import { describe, expect, it } from 'vitest';
import { labSections } from './lab-search';
import { lessonSections, plainText, search, sectionHref, tokenize, withinOneEdit } from './search';

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

describe('search with a typo', () => {
  const sections = [
    ...lessonSections(
      'session-security',
      'Session security',
      '## Login par naya ID {/*regenerate*/}\nLogin ke baad session.regenerate() chalaiye.\n## Cookie {/*cookie*/}\nCookie HttpOnly rakhiye.',
    ),
  ];

  it('should find "regenerate" from "regenrate", one letter short', () => {
    const [hit] = search(sections, 'regenrate');
    expect(hit?.section.id).toBe('regenerate');
    expect(hit?.snippet).toContain('regenerate');
  });

  it('should rank an exact match above a typo', () => {
    const exact = search(sections, 'regenerate')[0]?.score ?? 0;
    const typo = search(sections, 'regenrate')[0]?.score ?? 0;
    expect(typo).toBeGreaterThan(0);
    expect(typo).toBeLessThan(exact);
  });

  it('should not guess for short words or two typos', () => {
    expect(search(sections, 'coki')).toEqual([]);
    expect(search(sections, 'regnrate')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it('should accept one letter added, dropped, changed, or two neighbours swapped', () => {
    expect(withinOneEdit('regenrate', 'regenerate')).toBe(true);
    expect(withinOneEdit('regenerate', 'regenrate')).toBe(true);
    expect(withinOneEdit('sesion', 'session')).toBe(true);
    expect(withinOneEdit('sessoin', 'session')).toBe(true);
    expect(withinOneEdit('sassion', 'session')).toBe(true);
    expect(withinOneEdit('session', 'session')).toBe(true);
  });

  it('should refuse two edits', () => {
    expect(withinOneEdit('regnrate', 'regenerate')).toBe(false);
    expect(withinOneEdit('sassoin', 'session')).toBe(false);
    expect(withinOneEdit('cookie', 'cookies!')).toBe(false);
  });
});

describe('labs in search', () => {
  it('should find the fixation lab by its words, in both languages, with a typo too', () => {
    for (const locale of ['hi-latn', 'en'] as const) {
      const [hit] = search(labSections(locale), 'fixaton');
      expect(hit?.section.slug).toBe('lab/security/fixation');
      expect(sectionHref(locale, hit!.section)).toBe(`/${locale}/lab/security/fixation`);
    }
  });

  it('should send a lesson hit to its section and a lab hit to its page', () => {
    const lesson = lessonSections('cookies-101', 'Cookies 101', mdx)[1]!;
    expect(sectionHref('en', lesson)).toBe('/en/learn/cookies-101#what-is-a-cookie');
    expect(
      sectionHref(
        'en',
        labSections('en').find((section) => section.slug === 'lab/stateless')!,
      ),
    ).toBe('/en/lab/stateless');
  });
});

describe('search in Devanagari', () => {
  const hiMdx = [
    'Session एक तरह का data होता है।',
    '## Cookie क्या होती है {/*what-is-a-cookie*/}',
    'यह session ID client के browser पर cookie के रूप में भेजी जाती है, ताकि हर request के साथ server इस session को पहचान सके।',
    '### ज़रूरी attributes {/*attributes*/}',
    '`HttpOnly` वाली cookie को page का JavaScript नहीं पढ़ सकता।',
  ].join('\n');
  const sections = lessonSections('cookies-101', 'Cookies 101', hiMdx);

  it('should keep a word with matras whole: "पहचान" is one token, not three', () => {
    expect(tokenize('पहचान सके')).toEqual(['पहचान', 'सके']);
    expect(tokenize('कैसे?')).toEqual(['कैसे']);
  });

  it('should find a section by a Devanagari word, and by a Latin term inside Devanagari text', () => {
    expect(search(sections, 'पहचान')[0]?.section.id).toBe('what-is-a-cookie');
    expect(search(sections, 'पहचान')[0]?.snippet).toContain('पहचान सके');
    expect(search(sections, 'HttpOnly')[0]?.section.id).toBe('attributes');
    expect(search(sections, 'cookie भेजी')[0]?.section.id).toBe('what-is-a-cookie');
  });

  it('should match a nukta typed as its own character against the precomposed letter', () => {
    // "ज़" as U+095B (precomposed) in the query, and as ज + ़ (U+091C U+093C) in the text's NFC.
    expect(search(sections, '\u095Bरूरी')[0]?.section.id).toBe('attributes');
    expect(search(sections, '\u091C\u093Cरूरी')[0]?.section.id).toBe('attributes');
  });

  it('should forgive a nukta left out, as a one-letter typo ("जरूरी" for "ज़रूरी")', () => {
    const [hit] = search(sections, 'जरूरी');
    expect(hit?.section.id).toBe('attributes');
    expect(search(sections, 'जरी')).toEqual([]);
  });
});
