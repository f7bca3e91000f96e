// Comments and docs name files ("see lib/requests/clock/compute-clock.ts"). A reader who follows a name to nothing
// loses trust in every other comment, so every repository path written in a source file or document must exist.
// Paths with a wildcard or a placeholder (`prisma/migrations/*_public_cache`, `<name>.ts`) are patterns, not names.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ROOTS = "lib|app|scripts|tests|e2e|components|prisma|docs|deploy|tools|i18n|messages";
const EXTENSIONS = "tsx|ts|mjs|md|sql|conf|json|css|service";
// A root folder, then path characters (route groups and dynamic segments included), then a known extension,
// not preceded by a path character (so `node_modules/next/dist/lib/x.ts` is not read as `lib/x.ts`).
const FILE_REFERENCE = new RegExp(
  `(?<![\\w@/.~-])((?:${ROOTS})/[\\w\\-\\[\\]().*<>]+(?:/[\\w\\-\\[\\]().*<>]+)*\\.(?:${EXTENSIONS}))(?![\\w])`,
  "g",
);

function trackedSources(): string[] {
  const listing = execFileSync("git", ["ls-files", "*.ts", "*.tsx", "*.mjs", "*.md", "*.conf", "*.service"], {
    encoding: "utf8",
  });
  // This file's own examples name paths that need not exist.
  return listing
    .split("\n")
    .filter((file) => file && !file.startsWith("lib/generated/") && file !== "scripts/file-references.test.ts");
}

function missingReferences(files: string[], exists: (path: string) => boolean = existsSync) {
  const missing: string[] = [];
  for (const file of files) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const match of line.matchAll(FILE_REFERENCE)) {
          // A Markdown link names its file twice: [docs/x.md](docs/x.md).
          const reference = match[1].split("](")[0];
          if (/[*<>]/.test(reference)) continue;
          if (!exists(reference)) missing.push(`${file}:${index + 1} names ${reference}`);
        }
      });
  }
  return missing;
}

describe("file names in comments and docs", () => {
  it("name files that exist", () => {
    expect(missingReferences(trackedSources())).toEqual([]);
  });

  it("are found in the forms comments use", () => {
    const line = "// see lib/requests/clock/clock.ts and app/(portal)/items/[id]/page.tsx, not node_modules/x/lib/y.ts";
    const found = [...line.matchAll(FILE_REFERENCE)].map((m) => m[1]);
    expect(found).toEqual(["lib/requests/clock/clock.ts", "app/(portal)/items/[id]/page.tsx"]);
  });
});
