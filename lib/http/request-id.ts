// Every request gets an id, returned in X-Request-Id and written on its log line, so a citizen who quotes it
// from an error page leads staff to the exact request. An id set by one of our own proxies is kept (the
// proxy's log and ours then agree); one sent by a client is replaced.
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,100}$/;

export function requestIdFor(incoming: string | string[] | undefined, fromTrustedProxy: boolean): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return fromTrustedProxy && value && WELL_FORMED.test(value) ? value : randomUUID();
}
