// Passwords are hashed with Argon2id (memory-hard), the default of @node-rs/argon2 (OWASP parameters).
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string) => hash(password);

// A real hash of a random string: verifying against it when the account does not exist takes as long
// as a real check, so response times do not reveal which e-mail addresses have accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$RplCU3UFiB6Svf+qUs/XHw$LQQRF8drK7csnXZUK2mwQAehClc57dApHWARkGkjxlg";

export async function verifyPassword(passwordHash: string | null, password: string) {
  try {
    return (await verify(passwordHash ?? DUMMY_HASH, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}
