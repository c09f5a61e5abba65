import type { Font as HarfBuzzFont, SvgPathCommand } from 'harfbuzzjs';
import { htmlLang, type Locale } from '@/lib/i18n/locales';
import { previewFontsByLocale, readPreviewFont, type PreviewFont } from './preview-fonts';
import { sfntFromWoff } from './woff';

/*
 * Text shaped by HarfBuzz for the link-preview cards, at build time. next/og (Satori) maps each
 * character to one glyph, which Devanagari cannot bear: "क्या" needs the half form of क (no
 * visible virama) and "कि" draws ि before क. HarfBuzz applies the font's own rules for that.
 * Text is split into runs by font (the Devanagari file for Devanagari, the Latin files for the
 * rest, spaces included) and each run is shaped with its own font.
 */

/** A preview font opened in HarfBuzz. */
interface OpenFont {
  readonly spec: PreviewFont;
  readonly font: HarfBuzzFont;
  readonly unitsPerEm: number;
  /** Characters this font is chosen for even when an earlier font also has them. */
  readonly script: RegExp | undefined;
}

/** The characters a script's own subset draws before any other file may: its letters, signs, danda and digits. */
const SUBSET_SCRIPTS: Readonly<Record<string, RegExp>> = { devanagari: /\p{Script_Extensions=Devanagari}/u };

/** Vowel signs, virama, nukta and the joiners belong to the run of the character before them. */
const JOINS_PREVIOUS = /[\p{M}\u200C\u200D]/u;

/** A stretch of text drawn with one font. */
export interface TextRun {
  readonly text: string;
  /** UTF-16 index of the run in the whole text. */
  readonly start: number;
  readonly font: PreviewFont;
}

/** One glyph of shaped text, placed in pixels from the text's start on its baseline (y grows downward). */
export interface ShapedGlyph {
  readonly font: PreviewFont;
  /** The glyph's id in its font. */
  readonly glyph: number;
  /** UTF-16 index, in the whole text, of the first character the glyph draws. */
  readonly cluster: number;
  readonly x: number;
  readonly y: number;
  /** Pixels per font unit: the glyph's outline is drawn at this scale. */
  readonly scale: number;
}

export interface ShapedText {
  readonly glyphs: readonly ShapedGlyph[];
  /** Pen advance in pixels, letter spacing included. */
  readonly advance: number;
}

export interface ShapeOptions {
  readonly size: number;
  readonly weight: PreviewFont['weight'];
  /** Pixels added after each cluster (a letter, or a conjunct with its signs), as CSS letter-spacing. */
  readonly letterSpacing?: number;
}

type HarfBuzz = typeof import('harfbuzzjs');

let harfBuzz: Promise<HarfBuzz> | undefined;
const loadHarfBuzz = () => (harfBuzz ??= import('harfbuzzjs'));

export class PreviewShaper {
  private readonly outlines = new Map<string, readonly SvgPathCommand[]>();

  private constructor(
    private readonly hb: HarfBuzz,
    private readonly fonts: readonly OpenFont[],
    private readonly language: string,
  ) {}

  /** Opens `fonts` (the .woff files, unpacked to sfnt for HarfBuzz) to shape text in `language` (BCP 47). */
  static async open(fonts: readonly PreviewFont[], language: string): Promise<PreviewShaper> {
    const hb = await loadHarfBuzz();
    const open = await Promise.all(
      fonts.map(async (spec): Promise<OpenFont> => {
        const face = new hb.Face(new hb.Blob(sfntFromWoff(await readPreviewFont(spec))));
        return { spec, font: new hb.Font(face), unitsPerEm: face.upem, script: SUBSET_SCRIPTS[spec.subset] };
      }),
    );
    return new PreviewShaper(hb, open, language);
  }

  /** The fonts of `weight`, in the locale's order. */
  private fontsOf(weight: PreviewFont['weight']): readonly OpenFont[] {
    const fonts = this.fonts.filter((font) => font.spec.weight === weight);
    if (fonts.length === 0) throw new Error(`preview-shaper: no preview font of weight ${weight}; add one to previewFontsByLocale.`);
    return fonts;
  }

  private fontFor(char: string, fonts: readonly OpenFont[], previous: OpenFont | undefined): OpenFont {
    const codePoint = char.codePointAt(0)!;
    const has = (font: OpenFont) => font.font.nominalGlyph(codePoint) !== undefined;
    if (previous && JOINS_PREVIOUS.test(char) && has(previous)) return previous;
    const found = fonts.find((font) => font.script?.test(char) && has(font)) ?? fonts.find(has);
    if (!found) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`preview-shaper: no preview font has U+${hex} ("${char}"); add a subset that does to previewFontsByLocale.`);
    }
    return found;
  }

  private runsOf(text: string, weight: PreviewFont['weight']): { text: string; start: number; font: OpenFont }[] {
    const fonts = this.fontsOf(weight);
    const runs: { text: string; start: number; font: OpenFont }[] = [];
    let start = 0;
    for (const char of text) {
      const last = runs.at(-1);
      const font = this.fontFor(char, fonts, last?.font);
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, start, font });
      start += char.length;
    }
    return runs;
  }

  /** `text` split into the runs each font draws. */
  runs(text: string, weight: PreviewFont['weight']): TextRun[] {
    return this.runsOf(text, weight).map(({ text: run, start, font }) => ({ text: run, start, font: font.spec }));
  }

  /** `text` shaped on one line, run by run. */
  shape(text: string, { size, weight, letterSpacing = 0 }: ShapeOptions): ShapedText {
    const glyphs: ShapedGlyph[] = [];
    let pen = 0;
    for (const run of this.runsOf(text, weight)) {
      const scale = size / run.font.unitsPerEm;
      const buffer = new this.hb.Buffer();
      buffer.addText(run.text);
      buffer.setLanguage(this.language);
      buffer.guessSegmentProperties();
      this.hb.shape(run.font.font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      infos.forEach((info, i) => {
        const position = positions[i]!;
        glyphs.push({
          font: run.font.spec,
          glyph: info.codepoint,
          cluster: run.start + info.cluster,
          x: pen + position.xOffset * scale,
          y: -position.yOffset * scale,
          scale,
        });
        pen += position.xAdvance * scale;
        const clusterEnds = i === infos.length - 1 || infos[i + 1]!.cluster !== info.cluster;
        if (clusterEnds) pen += letterSpacing;
      });
    }
    return { glyphs, advance: pen };
  }

  /** The glyph `font`'s character map gives `codePoint`, before any shaping. */
  glyphOf(font: PreviewFont, codePoint: number): number | undefined {
    return this.open(font).font.nominalGlyph(codePoint);
  }

  /** Ascender and descender (negative) in pixels at `size`, from the first font of `weight`'s 'hhea' table, as next/og reads them. */
  verticalMetrics(weight: PreviewFont['weight'], size: number): { ascender: number; descender: number } {
    const font = this.fontsOf(weight)[0]!;
    const hhea = font.font.face.referenceTable('hhea');
    if (!hhea) throw new Error(`preview-shaper: ${font.spec.name} has no hhea table.`);
    const view = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
    const scale = size / font.unitsPerEm;
    return { ascender: view.getInt16(4) * scale, descender: view.getInt16(6) * scale };
  }

  /** The outline of `glyph`, in font units with y growing upward. */
  outline(glyph: ShapedGlyph): readonly SvgPathCommand[] {
    const key = `${glyph.font.name}@${glyph.font.weight}#${glyph.glyph}`;
    let outline = this.outlines.get(key);
    if (!outline) {
      outline = this.open(glyph.font).font.glyphToJson(glyph.glyph);
      this.outlines.set(key, outline);
    }
    return outline;
  }

  private open(spec: PreviewFont): OpenFont {
    const font = this.fonts.find((candidate) => candidate.spec === spec);
    if (!font) throw new Error(`preview-shaper: ${spec.name} ${spec.weight} is not one of this shaper's fonts.`);
    return font;
  }
}

const shapers = new Map<Locale, Promise<PreviewShaper>>();

/** The shaper of `locale`'s cards, opened once per process. */
export function previewShaper(locale: Locale): Promise<PreviewShaper> {
  let shaper = shapers.get(locale);
  if (!shaper) {
    shaper = PreviewShaper.open(previewFontsByLocale[locale], htmlLang[locale]);
    shapers.set(locale, shaper);
  }
  return shaper;
}
