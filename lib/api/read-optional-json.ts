// Bodies of steps whose input is optional (a comment on 保密审查 pass, a 领导审定 approval): an empty body is {},
// anything else must be valid JSON within readJson's limits (400 / 413 otherwise).
import { readJson } from "./respond";

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Whether the body has anything but whitespace; reads a copy only up to its first such byte. */
async function hasContent(request: Request): Promise<boolean> {
  const reader = request.clone().body?.getReader();
  if (!reader) return false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.some((byte) => !WHITESPACE.has(byte))) return true;
    }
  } finally {
    // Not awaited: cancelling one branch of a tee settles only once the other (the request itself) is read too.
    reader.cancel().catch(() => {});
  }
}

export async function readOptionalJson(request: Request): Promise<unknown> {
  if (request.headers.get("content-length") === "0" || !(await hasContent(request))) return {};
  return readJson(request);
}
