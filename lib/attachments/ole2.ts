// Reads the names of the top-level streams of an OLE2 compound file ([MS-CFB]), the container of
// Word 97-2003 (.doc, stream "WordDocument") and Excel 97-2003 (.xls, stream "Workbook", or "Book" for
// Excel 5/95). Other compound files (PowerPoint, Outlook .msg, .msi installers) must not pass as Office
// documents, so we look at the root storage's children, not at any stream name anywhere (an .xls may
// embed a Word document in a sub-storage). Only the FAT and the directory are read, never stream data.

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const DIRECTORY_ENTRY_SIZE = 128;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export function hasOle2Signature(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE2_SIGNATURE.every((b, i) => bytes[i] === b);
}

export type Ole2Entry = { name: string; type: "stream" | "storage" };

/**
 * Names of the entries directly under the root storage, or null when the file is not a well-formed
 * compound file (bad header, sector numbers out of range, chains that loop).
 */
export function readOle2RootEntries(bytes: Uint8Array): Ole2Entry[] | null {
  if (!hasOle2Signature(bytes)) return null;
  try {
    return readRootEntries(bytes);
  } catch (error) {
    if (error instanceof RangeError) return null; // an offset past the end of a truncated file
    throw error;
  }
}

function readRootEntries(bytes: Uint8Array): Ole2Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (offset: number) => view.getUint16(offset, true);
  const u32 = (offset: number) => view.getUint32(offset, true);

  if (u16(28) !== 0xfffe) return null; // byte order mark
  const major = u16(26);
  const sectorShift = u16(30);
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12))) return null;
  const sectorSize = 1 << sectorShift;
  const entriesPerSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  // A last sector cut short is tolerated; reads past the end throw and make the file invalid.
  const validSector = (sector: number) => sector < MAX_REGULAR_SECTOR && sectorOffset(sector) < bytes.length;

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectorCount = u32(44);
  if (fatSectorCount > bytes.length / sectorSize) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatSectorCount); i++) fatSectors.push(u32(76 + i * 4));
  let difat = u32(68);
  const difatSeen = new Set<number>();
  while (fatSectors.length < fatSectorCount) {
    if (!validSector(difat) || difatSeen.has(difat)) return null;
    difatSeen.add(difat);
    const base = sectorOffset(difat);
    for (let i = 0; i < entriesPerSector - 1 && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(u32(base + i * 4));
    difat = u32(base + (entriesPerSector - 1) * 4);
  }

  const readFatEntry = (sector: number): number | null => {
    const fatIndex = Math.floor(sector / entriesPerSector);
    const fatSector = fatSectors[fatIndex];
    if (fatSector === undefined || !validSector(fatSector)) return null;
    return u32(sectorOffset(fatSector) + (sector % entriesPerSector) * 4);
  };

  // The directory: a chain of sectors holding 128-byte entries.
  const directory: number[] = []; // byte offsets of the entries
  const chainSeen = new Set<number>();
  let sector = u32(48);
  while (sector !== END_OF_CHAIN) {
    if (!validSector(sector) || chainSeen.has(sector)) return null;
    chainSeen.add(sector);
    const base = sectorOffset(sector);
    for (let i = 0; i < sectorSize / DIRECTORY_ENTRY_SIZE; i++) {
      directory.push(base + i * DIRECTORY_ENTRY_SIZE);
    }
    const next = readFatEntry(sector);
    if (next === null) return null;
    sector = next;
  }
  if (directory.length === 0) return null;

  const entryName = (offset: number) => {
    const length = Math.min(u16(offset + 64), 64);
    let name = "";
    for (let i = 0; i + 1 < length - 1; i += 2) name += String.fromCharCode(u16(offset + i));
    return name;
  };

  const root = directory[0];
  if (bytes[root + 66] !== TYPE_ROOT) return null;

  // The root's children form a red-black tree linked by left/right sibling ids.
  const result: Ole2Entry[] = [];
  const pending = [u32(root + 76)];
  const visited = new Set<number>();
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    if (id >= directory.length || visited.has(id)) return null;
    visited.add(id);
    const offset = directory[id];
    const type = bytes[offset + 66];
    if (type === TYPE_STREAM || type === TYPE_STORAGE) {
      result.push({ name: entryName(offset), type: type === TYPE_STREAM ? "stream" : "storage" });
    }
    pending.push(u32(offset + 68), u32(offset + 72));
  }
  return result;
}
