/**
 * A one-image .ico file that holds `png` as it is (PNG inside ICO, read by every browser since
 * IE 9), so favicon.ico is drawn from the same mark as the other icons, at build time.
 */
export function pngToIco(png: Uint8Array, sizePx: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(sizePx) || sizePx < 1 || sizePx > 256) throw new RangeError(`ico: a size of 1–256 px, got ${sizePx}`);
  const HEADER = 6;
  const ENTRY = 16;
  const out = new Uint8Array(HEADER + ENTRY + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, 1, true); // one image
  out[6] = sizePx === 256 ? 0 : sizePx; // width, 0 meaning 256
  out[7] = sizePx === 256 ? 0 : sizePx; // height
  out[8] = 0; // no palette
  out[9] = 0; // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, HEADER + ENTRY, true);
  out.set(png, HEADER + ENTRY);
  return out;
}
