// The browser of the end-to-end tests: Debian's Chromium (Playwright cannot download its own browsers on
// these machines, and government intranets reach only npm and Debian mirrors). `npm test` installs it with
// apt-get when it is missing, so README's two commands are all a fresh machine needs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where the tests look for Chromium: CHROMIUM_PATH when set, else Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function aptGet(args: string[]): boolean {
  const result = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/**
 * Makes sure Chromium is there: installs Debian's `chromium` package as root (a fresh machine's package lists
 * may be empty or stale, so it updates them when the first attempt fails). Returns a sentence saying what to do
 * when it cannot.
 */
export function ensureChromium(): { ok: true } | { ok: false; why: string } {
  const target = chromiumPath();
  if (existsSync(target)) return { ok: true };
  if (process.env.CHROMIUM_PATH) return { ok: false, why: `CHROMIUM_PATH points to ${target}, which does not exist.` };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      why:
        "Chromium is missing at /usr/bin/chromium. Install Debian's package (`sudo apt-get install -y chromium`) " +
        "or set CHROMIUM_PATH to a Chromium binary, then run `npm test` again.",
    };
  }
  console.log("▶ installing Debian's Chromium for the browser tests (apt-get install chromium)");
  const quiet = ["-y", "-qq"];
  if (!aptGet(["install", ...quiet, "chromium"])) {
    aptGet(["update", "-qq"]);
    aptGet(["install", ...quiet, "chromium"]);
  }
  return existsSync(target)
    ? { ok: true }
    : { ok: false, why: "apt-get could not install Debian's chromium package (see its output above)." };
}
