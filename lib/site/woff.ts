import { inflateSync } from 'node:zlib';

/*
 * WOFF 1.0 is an sfnt (TTF/OTF) whose tables are each zlib-compressed on their own, behind a
 * 44-byte header and a 20-byte entry per table. HarfBuzz reads only the sfnt, so this unpacks
 * it: the same tables, uncompressed, behind the sfnt's 12-byte header and 16-byte records.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_RECORD_BYTES = 16;

interface WoffTable {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

const align4 = (n: number) => (n + 3) & ~3;

function fail(why: string): never {
  throw new Error(`woff: ${why}; is the file a complete WOFF 1.0 font (not WOFF2)?`);
}

function inflate(stored: Uint8Array, table: number): Uint8Array {
  try {
    return new Uint8Array(inflateSync(stored));
  } catch (error) {
    fail(`table ${table} does not unpack (${(error as Error).message})`);
  }
}

/** The tables of `woff`, each uncompressed, in the file's (tag) order. */
function woffTables(woff: Uint8Array): { flavor: number; tables: WoffTable[] } {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER_BYTES || view.getUint32(0) !== WOFF_SIGNATURE) fail('no wOFF signature');
  if (view.getUint32(8) !== woff.byteLength) fail(`its header says ${view.getUint32(8)} bytes, the file has ${woff.byteLength}`);
  const count = view.getUint16(12);
  if (WOFF_HEADER_BYTES + count * WOFF_ENTRY_BYTES > woff.byteLength) fail('the table directory runs past the end');
  const tables: WoffTable[] = [];
  for (let i = 0; i < count; i++) {
    const entry = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    const [tag, offset, compressedLength, length, checksum] = [0, 4, 8, 12, 16].map((at) => view.getUint32(entry + at)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (offset + compressedLength > woff.byteLength || compressedLength > length) fail(`table ${i} lies outside the file`);
    const stored = woff.subarray(offset, offset + compressedLength);
    const data = compressedLength < length ? inflate(stored, i) : stored;
    if (data.byteLength !== length) fail(`table ${i} unpacks to ${data.byteLength} bytes, not ${length}`);
    tables.push({ tag, checksum, data });
  }
  return { flavor: view.getUint32(4), tables };
}

/** The sfnt (TTF or OTF) font inside a WOFF 1.0 file. */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const { flavor, tables } = woffTables(woff);
  const directoryBytes = SFNT_HEADER_BYTES + tables.length * SFNT_RECORD_BYTES;
  const sfnt = new Uint8Array(directoryBytes + tables.reduce((sum, table) => sum + align4(table.data.byteLength), 0));
  const view = new DataView(sfnt.buffer);
  const entrySelector = tables.length > 0 ? Math.floor(Math.log2(tables.length)) : 0;
  const searchRange = 2 ** entrySelector * SFNT_RECORD_BYTES;
  view.setUint32(0, flavor);
  view.setUint16(4, tables.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tables.length * SFNT_RECORD_BYTES - searchRange);
  let offset = directoryBytes;
  tables.forEach((table, i) => {
    const record = SFNT_HEADER_BYTES + i * SFNT_RECORD_BYTES;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.byteLength);
    sfnt.set(table.data, offset);
    offset += align4(table.data.byteLength);
  });
  return sfnt;
}
