// Lets Next.js write a response into memory instead of the socket: the page cache needs the whole body
// before the first byte goes out (its ETag and its Content-Security-Policy are computed from it).
import type { ServerResponse } from "node:http";

const PATCHED = ["write", "end", "writeHead", "flushHeaders"] as const;

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);
}

/**
 * Runs `render` with `res` writing into a buffer; resolves with the body once the response ended. Status and
 * headers stay on `res` (nothing was sent); the original methods are back when this returns. Undefined when
 * the client went away before the response ended.
 */
export async function captureResponse(res: ServerResponse, render: () => Promise<void>): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let ended = false;
  let end!: () => void;
  const finished = new Promise<void>((resolve) => {
    end = () => {
      ended = true;
      resolve();
    };
  });
  const target = res as unknown as Record<string, unknown>;
  target.write = (chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) queueMicrotask(() => done());
    return true;
  };
  target.end = (chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    if (chunk && typeof chunk !== "function")
      chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const done = [chunk, encoding, callback].find((value) => typeof value === "function") as Callback | undefined;
    end();
    if (done) queueMicrotask(() => done());
    return res;
  };
  target.writeHead = (status: number, reason?: unknown, headers?: unknown) => {
    res.statusCode = status;
    if (typeof reason === "string") res.statusMessage = reason;
    const given = (typeof reason === "object" ? reason : headers) as
      | Record<string, string | string[] | number>
      | (string | string[])[]
      | undefined;
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(String(given[i]), given[i + 1]);
    } else if (given) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  };
  target.flushHeaders = () => undefined;
  try {
    // Done when the response ended, not when `render` resolves: Next.js waits for the response's "finish" event
    // after end(), which comes only once the captured body is really sent (by the caller, after this returns).
    const rendering = render();
    rendering.catch(() => undefined); // a failure after end() concerns nobody: the body is complete
    await Promise.race([
      finished,
      rendering.then(() => finished),
      // A client gone before the page was rendered: nothing to wait for, nothing to send (undefined).
      new Promise<void>((resolve) => res.once("close", resolve)),
    ]);
    return ended ? Buffer.concat(chunks) : undefined;
  } finally {
    for (const name of PATCHED) delete target[name];
  }
}
