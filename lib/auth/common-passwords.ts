// Passwords that attackers try first, shipped with the app so the check works offline (政务内网). The list
// (common-passwords-list.ts, lower case) holds the passwords most often found in public leaks — the first 10,000 and
// every one of 12 characters or more from the list of @zxcvbn-ts/language-common (MIT, © Dan Wheeler, Dropbox,
// zxcvbn-ts) — and the favourites of Chinese users (123456, woaini1314, qq123456, a123456, 88888888…).
import { COMMON_PASSWORDS } from "./common-passwords-list";

const COMMON = new Set<string>(COMMON_PASSWORDS);

/** Is `password` on the list, in any letter case (and ignoring surrounding spaces)? */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}

export const COMMON_PASSWORD_COUNT = COMMON.size;
