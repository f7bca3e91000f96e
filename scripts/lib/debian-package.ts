// A program the tests need from Debian's packages (Chromium for the browser tests, nginx for the topology test):
// installed with apt-get when missing, so README's two commands are all a fresh machine needs. A fresh machine's
// package lists may be empty or stale, so it updates them when the first attempt fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export type Ensured = { ok: true } | { ok: false; why: string };

function aptGet(args: string[]): boolean {
  const result = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/**
 * Makes sure `path` exists, installing the Debian package `pkg` as root when it does not. `override` names the
 * environment variable a user may set to another binary (then nothing is installed); `rerun` is the command to
 * run again after installing by hand.
 */
export function ensureDebianProgram(options: {
  path: string;
  pkg: string;
  override: string;
  rerun: string;
  log?: (line: string) => void;
}): Ensured {
  const { path, pkg, override, rerun } = options;
  if (existsSync(path)) return { ok: true };
  if (process.env[override]) return { ok: false, why: `${override} points to ${path}, which does not exist.` };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      why:
        `${pkg} is missing at ${path}. Install Debian's package (\`sudo apt-get install -y ${pkg}\`) or set ` +
        `${override} to another binary, then run \`${rerun}\` again.`,
    };
  }
  (options.log ?? console.log)(`▶ installing Debian's ${pkg} (apt-get install ${pkg})`);
  const quiet = ["-y", "-qq"];
  if (!aptGet(["install", ...quiet, pkg])) {
    aptGet(["update", "-qq"]);
    aptGet(["install", ...quiet, pkg]);
  }
  return existsSync(path)
    ? { ok: true }
    : { ok: false, why: `apt-get could not install Debian's ${pkg} package (see its output above).` };
}
