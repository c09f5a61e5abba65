import { describe, expect, it } from 'vitest';
import { previewFontsByLocale, type PreviewFont } from './preview-fonts';
import { previewShaper } from './preview-shaper';

const font = (subset: string, weight: PreviewFont['weight']) =>
  previewFontsByLocale.hi.find((candidate) => candidate.subset === subset && candidate.weight === weight)!;
const DEVANAGARI_800 = font('devanagari', 800);
const BOLD = { size: 84, weight: 800 } as const;

describe('the preview shaper of hi', () => {
  it('should join क्या into a conjunct: no glyph is the visible virama, and fewer glyphs than characters', async () => {
    const shaper = await previewShaper('hi');
    const virama = shaper.glyphOf(DEVANAGARI_800, 0x094d);
    expect(virama).toBeDefined();
    const { glyphs } = shaper.shape('क्या', BOLD);
    expect(glyphs.map((glyph) => glyph.font)).toEqual(glyphs.map(() => DEVANAGARI_800));
    expect(glyphs.map((glyph) => glyph.glyph)).not.toContain(virama);
    expect(glyphs.length).toBeLessThan([...'क्या'].length);
  });

  it('should draw the vowel sign ि before its consonant in कि', async () => {
    const shaper = await previewShaper('hi');
    const ka = shaper.glyphOf(DEVANAGARI_800, 0x0915)!;
    const { glyphs } = shaper.shape('कि', BOLD);
    expect(glyphs).toHaveLength(2);
    const consonant = glyphs.find((glyph) => glyph.glyph === ka)!;
    const sign = glyphs.find((glyph) => glyph !== consonant)!;
    expect(consonant).toBeDefined();
    expect(sign.x).toBeLessThan(consonant.x);
    expect(glyphs[0]).toBe(sign);
  });

  it('should give a mixed title to the Latin font for Latin, spaces and ?, and the Devanagari font for Devanagari', async () => {
    const shaper = await previewShaper('hi');
    const runs = shaper.runs('Session क्या है?', 800).map((run) => [run.text, run.font.subset, run.start]);
    expect(runs).toEqual([
      ['Session ', 'latin', 0],
      ['क्या', 'devanagari', 8],
      [' ', 'latin', 12],
      ['है', 'devanagari', 13],
      ['?', 'latin', 15],
    ]);
  });

  it('should keep a vowel sign and the joiners in the run of the letter before them, and pick the weight asked for', async () => {
    const shaper = await previewShaper('hi');
    const runs = shaper.runs('aक\u200Dि।5', 400).map((run) => [run.text, run.font.subset, run.font.weight]);
    expect(runs).toEqual([
      ['a', 'latin', 400],
      ['क\u200Dि।', 'devanagari', 400],
      ['5', 'latin', 400],
    ]);
  });

  it('should set ₹ from Latin Extended, the first file that has it', async () => {
    const shaper = await previewShaper('hi');
    expect(shaper.runs('₹5', 400).map((run) => run.font.subset)).toEqual(['latin-ext', 'latin']);
  });

  it('should scale advances with the size and add letter spacing after each cluster', async () => {
    const shaper = await previewShaper('hi');
    const at42 = shaper.shape('Session क्या', { size: 42, weight: 800 }).advance;
    const at84 = shaper.shape('Session क्या', BOLD);
    expect(at84.advance).toBeCloseTo(2 * at42, 6);
    const clusters = new Set(at84.glyphs.map((glyph) => glyph.cluster)).size;
    expect(shaper.shape('Session क्या', { ...BOLD, letterSpacing: -1 }).advance).toBeCloseTo(at84.advance - clusters, 6);
  });

  it('should refuse a character no preview font has, naming it, rather than draw a blank', async () => {
    const shaper = await previewShaper('hi');
    expect(() => shaper.shape('☃', BOLD)).toThrow('preview-shaper: no preview font has U+2603');
  });
});
