import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewFontFile, previewFontsByLocale } from './preview-fonts';
import { sfntFromWoff } from './woff';

const woffOf = (subset: string, weight: number) => {
  const font = previewFontsByLocale.hi.find((candidate) => candidate.subset === subset && candidate.weight === weight)!;
  return new Uint8Array(readFileSync(join('node_modules', previewFontFile(font))));
};

/** An sfnt table's checksum: its big-endian 32-bit words added up, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.byteLength + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/** The index of the first table a WOFF stores compressed (its compLength below its origLength). */
const firstCompressedTable = (woff: DataView) =>
  Array.from({ length: woff.getUint16(12) }, (_, i) => i).find((i) => woff.getUint32(44 + i * 20 + 8) < woff.getUint32(44 + i * 20 + 12))!;

const tag = (view: DataView, at: number) => String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(at + i)));

describe('sfntFromWoff', () => {
  for (const [subset, weight] of [
    ['latin', 400],
    ['devanagari', 800],
  ] as const) {
    it(`should unpack the ${subset} ${weight} WOFF into a TrueType sfnt with every table intact`, () => {
      const woff = woffOf(subset, weight);
      const woffView = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
      const sfnt = sfntFromWoff(woff);
      const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
      const tables = view.getUint16(4);

      expect(view.getUint32(0)).toBe(0x00010000);
      expect(tables).toBe(woffView.getUint16(12));
      expect(view.getUint16(6)).toBe(2 ** Math.floor(Math.log2(tables)) * 16);
      expect(sfnt.byteLength).toBe(woffView.getUint32(16)); // the WOFF header's totalSfntSize
      const tags: string[] = [];
      for (let i = 0; i < tables; i++) {
        const record = 12 + i * 16;
        const [stored, offset, length] = [4, 8, 12].map((at) => view.getUint32(record + at)) as [number, number, number];
        tags.push(tag(view, record));
        expect(offset % 4, tag(view, record)).toBe(0);
        // 'head' is summed with its checkSumAdjustment as zero, so its stored sum cannot be recomputed from its bytes.
        if (tag(view, record) !== 'head') expect(checksum(sfnt.subarray(offset, offset + length)), tag(view, record)).toBe(stored);
      }
      expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'GSUB']));
      expect(tags).toEqual([...tags].sort());
    });
  }

  it('should refuse a WOFF2 file, with the reason', () => {
    const woff2 = new Uint8Array(readFileSync(join('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2')));
    expect(() => sfntFromWoff(woff2)).toThrow(/^woff: no wOFF signature/);
  });

  it('should refuse a cut-off file instead of reading past its end', () => {
    const woff = woffOf('latin', 400);
    expect(() => sfntFromWoff(woff.subarray(0, 2000))).toThrow(/^woff: its header says \d+ bytes, the file has 2000/);
  });

  it('should refuse a table whose data does not unpack to its stated length', () => {
    const woff = woffOf('latin', 400).slice();
    const view = new DataView(woff.buffer);
    const table = firstCompressedTable(view);
    const entry = 44 + table * 20;
    view.setUint32(entry + 12, view.getUint32(entry + 12) + 4); // origLength four bytes longer
    expect(() => sfntFromWoff(woff)).toThrow(new RegExp(`^woff: table ${table} unpacks to \\d+ bytes`));
  });

  it('should refuse a compressed table that is not zlib data', () => {
    const woff = woffOf('latin', 400).slice();
    const view = new DataView(woff.buffer);
    const table = firstCompressedTable(view);
    woff.fill(0, view.getUint32(44 + table * 20 + 4), view.getUint32(44 + table * 20 + 4) + 2); // no zlib header
    expect(() => sfntFromWoff(woff)).toThrow(new RegExp(`^woff: table ${table} does not unpack`));
  });
});
