// Storage keys are content addresses: the SHA-256 of the bytes, 64 lower-case hex digits.
import { createHash } from "node:crypto";

const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** The storage key of some bytes: their SHA-256, hex. */
export function storageKeyFor(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Checks a key before it becomes part of a path or URL. Keys come from our own database rows, never
 * straight from a request, so a bad one is a bug: it throws a plain Error (500), not a user error.
 */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid attachment storage key: ${JSON.stringify(key).slice(0, 80)}`);
}

/** Checks that `bytes` are what `key` names, so a backend can never store a file under a wrong address. */
export function assertKeyMatches(key: string, bytes: Uint8Array): void {
  assertStorageKey(key);
  if (storageKeyFor(bytes) !== key) throw new Error(`Attachment bytes do not match their storage key ${key}`);
}

/**
 * Where a key is kept inside the storage (a relative path, "/"-separated): sharded by the first hex
 * digits so no folder holds more than a few thousand files ("ab/cd/abcd…"). Both backends use the same
 * layout, so a local folder can be copied to a bucket as it is when moving to several instances.
 */
export function objectPathFor(key: string): string {
  assertStorageKey(key);
  return `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
}
