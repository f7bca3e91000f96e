// A minimal POSIX ustar writer and reader for backup archives: plain files only, names under 100 bytes.
// Our own (about 80 lines) rather than a dependency: the archive holds a handful of kinds of entries we name
// ourselves, and any `tar` (GNU, BSD, 7-Zip) can list and extract it for an operator who wants to look inside.
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { once } from "node:events";
import { Readable } from "node:stream";

const BLOCK = 512;

function header(name: string, size: number, mtime: Date): Buffer {
  const buffer = Buffer.alloc(BLOCK);
  if (Buffer.byteLength(name) > 99) throw new Error(`Archive entry name too long: ${name}`);
  const field = (offset: number, length: number, value: string) => buffer.write(value, offset, length, "utf8");
  const octal = (offset: number, length: number, value: number) =>
    field(offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
  field(0, 100, name);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, Math.floor(mtime.getTime() / 1000));
  field(148, 8, "        "); // checksum placeholder: spaces while summing
  field(156, 1, "0");
  field(257, 6, "ustar\0");
  field(263, 2, "00");
  let sum = 0;
  for (const byte of buffer) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return buffer;
}

export class TarWriter {
  private constructor(private readonly out: WriteStream) {}

  static async create(file: string) {
    const out = createWriteStream(file, { flags: "wx", mode: 0o600 });
    await once(out, "open");
    return new TarWriter(out);
  }

  private async write(chunk: Uint8Array) {
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }

  async addBuffer(name: string, bytes: Uint8Array) {
    await this.write(header(name, bytes.length, new Date()));
    await this.write(bytes);
    await this.pad(bytes.length);
  }

  /** Copies a file of known size into the archive under `name`. */
  async addFile(name: string, source: string, size: number) {
    await this.write(header(name, size, new Date()));
    for await (const chunk of createReadStream(source)) await this.write(chunk as Buffer);
    await this.pad(size);
  }

  private async pad(size: number) {
    const rest = size % BLOCK;
    if (rest) await this.write(Buffer.alloc(BLOCK - rest));
  }

  async close() {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.out.end();
    await once(this.out, "finish");
  }
}

export type TarEntry = { name: string; size: number; offset: number };

/** Lists the plain-file entries of an archive with where their bytes start. Throws on a damaged header. */
export async function listTar(file: string): Promise<Map<string, TarEntry>> {
  const handle = await open(file, "r");
  const entries = new Map<string, TarEntry>();
  try {
    const { size: total } = await handle.stat();
    const block = Buffer.alloc(BLOCK);
    let position = 0;
    while (position + BLOCK <= total) {
      await handle.read(block, 0, BLOCK, position);
      if (block.every((byte) => byte === 0)) break;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
      const text = (offset: number, length: number) =>
        block.toString("utf8", offset, offset + length).replace(/\0.*$/s, "");
      if (Number.parseInt(text(148, 8).trim(), 8) !== sum) throw new Error("damaged archive header");
      const name = text(0, 100);
      const size = Number.parseInt(text(124, 12).trim(), 8);
      const type = text(156, 1);
      if (type === "0" || type === "") entries.set(name, { name, size, offset: position + BLOCK });
      position += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
      if (position > total) throw new Error("truncated archive");
    }
  } finally {
    await handle.close();
  }
  return entries;
}

/** The bytes of one entry, as a stream. */
export function readTarEntry(file: string, entry: TarEntry) {
  if (entry.size === 0) return Readable.from([]);
  return createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 });
}
