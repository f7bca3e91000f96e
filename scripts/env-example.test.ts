// .env.example names every setting an operator can give (README's configuration table and every GONGKAI_*,
// DATABASE_*, NEXTAUTH_* variable the code reads), each commented out with its default so that the file as it
// is changes nothing; deploy/gongkai.service stops the app with SIGTERM within the app's own drain bound.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const example = read(".env.example");
const named = new Set([...example.matchAll(/^#?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(root, relative)).isDirectory()) return sources(relative);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative] : [];
  });
}

describe(".env.example", () => {
  it("names every variable of README's configuration table", () => {
    const readme = read("README.md");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Running in production"));
    const variables = [...table.matchAll(/^\| ([^|]+)\|/gm)].flatMap((row) =>
      [...row[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]),
    );
    expect(variables.length).toBeGreaterThan(30);
    expect(variables.filter((v) => !named.has(v))).toEqual([]);
  });

  it("names every setting the code reads", () => {
    const read_ = new Set<string>();
    for (const file of [...sources("lib"), ...sources("scripts"), ...sources("app")])
      for (const m of read(file).matchAll(/\b((?:GONGKAI|DATABASE|NEXTAUTH)_[A-Z0-9_]+)\b/g)) read_.add(m[1]);
    expect(read_.size).toBeGreaterThan(30);
    expect([...read_].filter((v) => !named.has(v)).sort()).toEqual([]);
  });

  it("changes nothing as it is: every setting is commented out", () => {
    expect(example.split("\n").filter((line) => /^[A-Z]/.test(line))).toEqual([]);
  });
});

describe("deploy/gongkai.service", () => {
  const unit = read("deploy/gongkai.service");
  const setting = (key: string) => new RegExp(`^${key}=(.*)$`, "m").exec(unit)?.[1];

  it("serves the existing build, reads the environment file and restarts after a failure", () => {
    expect(setting("ExecStart")).toMatch(/npm start$/);
    expect(setting("Environment")).toBe("GONGKAI_SKIP_BUILD=1");
    expect(setting("EnvironmentFile")).toBeTruthy();
    expect(setting("Restart")).toBe("on-failure");
  });

  it("stops with SIGTERM and waits a bit longer than the app's drain", () => {
    expect(setting("KillSignal")).toBe("SIGTERM");
    expect(setting("KillMode")).toBe("mixed");
    const drain = Number(/^#GONGKAI_SHUTDOWN_SECONDS=(\d+)$/m.exec(example)?.[1]);
    expect(drain).toBe(10);
    expect(Number(setting("TimeoutStopSec"))).toBeGreaterThan(drain);
    expect(Number(setting("TimeoutStopSec"))).toBeLessThanOrEqual(drain + 15);
  });
});
