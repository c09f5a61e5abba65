import { describe, expect, it } from 'vitest';
import { countWords, lessonOutline, readingMinutes } from './outline';

const source = [
  "export const metadata = { title: 'T' };",
  '',
  '## Pehla heading {/*first*/}',
  'Kuch text yahan.',
  '```md',
  '## Not a heading {/*ignored*/}',
  '```',
  '### `resave` option {/*resave*/}',
  '<Callout type="note">',
  'Andar ka text.',
  '</Callout>',
].join('\n');

describe('lessonOutline', () => {
  it('reads ## and ### headings with their stable IDs, skipping code fences', () => {
    expect(lessonOutline(source)).toEqual([
      { id: 'first', text: 'Pehla heading', depth: 2 },
      { id: 'resave', text: 'resave option', depth: 3 },
    ]);
  });
});

describe('reading time', () => {
  it('counts words without exports and JSX tags', () => {
    expect(countWords('export const a = { b: \'c\' };\n<Callout type="tip">\nek do teen\n</Callout>')).toBe(3);
  });
  it('is at least one minute and rounds at 200 words a minute', () => {
    expect(readingMinutes('ek')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1000 }, () => 'shabd').join(' '))).toBe(5);
  });
});
