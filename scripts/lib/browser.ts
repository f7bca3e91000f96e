// The browser of the end-to-end tests: Debian's Chromium (Playwright cannot download its own browsers on these
// machines, and government intranets reach only npm and Debian mirrors). `npm test` installs it when missing.
import { ensureDebianProgram, type Ensured } from "./debian-package";

/** Where the tests look for Chromium: CHROMIUM_PATH when set, else Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function ensureChromium(): Ensured {
  return ensureDebianProgram({ path: chromiumPath(), pkg: "chromium", override: "CHROMIUM_PATH", rerun: "npm test" });
}
