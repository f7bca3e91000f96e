// Reads ZIP packages (docx, xlsx, OFD) with a bound on what they expand to. A zip bomb is a few KiB that
// inflates to gigabytes; the sizes a ZIP declares can lie, so the bytes actually inflated are counted, in
// small steps, and reading stops as soon as the total passes the limit.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from "fflate";

/** Thrown when a package would expand past its limit; extraction reports the file as unreadable. */
export class ExpansionLimitError extends Error {
  constructor(limitBytes: number) {
    super(`the package expands to more than ${limitBytes} bytes`);
    this.name = "ExpansionLimitError";
  }
}

/** Compressed bytes fed to the inflater per step: deflate expands ≤ 1032×, so one step yields ≤ ~4 MiB. */
const STEP_BYTES = 4096;
/** More parts than any real document has; a package of millions of empty entries is hostile too. */
const MAX_ENTRIES = 20_000;

const normalise = (name: string) => name.replace(/\\/g, "/").replace(/^\/+/, "");

/**
 * The parts of a ZIP whose (normalised) names `want` accepts, inflated, while every part counts towards
 * `limitBytes` (declared sizes first, then the bytes really inflated). Throws ExpansionLimitError past the
 * limit, or the inflater's error on a damaged package.
 */
export function unzipBounded(
  bytes: Uint8Array,
  limitBytes: number,
  want: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  assertDeclaredSizes(bytes, limitBytes);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let failure: unknown;
  const unzip = new Unzip((file) => {
    const name = normalise(file.name);
    const keep = want(name);
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      total += chunk.length;
      if (total > limitBytes) {
        failure = new ExpansionLimitError(limitBytes);
        return;
      }
      if (keep) chunks.push(chunk);
      if (final && keep) parts.set(name, concat(chunks));
    };
    // Every part is inflated (and counted), not only the wanted ones: the libraries that read the
    // package after this check (mammoth, SheetJS) may read any of them.
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let offset = 0; offset < bytes.length && !failure; offset += STEP_BYTES) {
    const end = Math.min(offset + STEP_BYTES, bytes.length);
    unzip.push(bytes.subarray(offset, end), end === bytes.length);
  }
  if (failure) throw failure;
  return parts;
}

/** Refuses early, from the central directory alone, a package that admits to being too large or too many. */
function assertDeclaredSizes(bytes: Uint8Array, limitBytes: number) {
  let declared = 0;
  let entries = 0;
  unzipSync(bytes, {
    filter: (file) => {
      declared += file.originalSize;
      entries++;
      return false; // nothing is inflated here
    },
  });
  if (declared > limitBytes || entries > MAX_ENTRIES) throw new ExpansionLimitError(limitBytes);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
