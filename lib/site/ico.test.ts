import { describe, expect, it } from 'vitest';
import { pngToIco } from './ico';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('pngToIco', () => {
  it('should write one icon entry of the given size pointing at the PNG right after it', () => {
    const png = new Uint8Array([...PNG_SIGNATURE, 1, 2, 3]);
    const ico = pngToIco(png, 48);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([48, 48]);
    expect(view.getUint16(12, true)).toBe(32);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
  });

  it('should write 256 px as 0, as the format says', () => {
    const ico = pngToIco(new Uint8Array(PNG_SIGNATURE), 256);
    expect([ico[6], ico[7]]).toEqual([0, 0]);
  });

  it('should refuse a size the format cannot hold', () => {
    expect(() => pngToIco(new Uint8Array(PNG_SIGNATURE), 512)).toThrow('ico: a size of 1–256 px, got 512');
  });
});
