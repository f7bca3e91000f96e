// next.config.ts's /en rewrite and isPortalPath must agree: a portal page missing from the rewrite would be
// a 404 in English, a private page in it would exist twice (and /en/console in the URL's English).
// @ts-expect-error Next.js's own copy of path-to-regexp (the matcher of its rewrites) ships no types.
import { pathToRegexp as compiledPathToRegexp } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";
import { LOCALE_REWRITES } from "./locale-rewrites";
import { isPortalPath, portalPath } from "./portal-path";

const pathToRegexp = compiledPathToRegexp as (source: string, keys: unknown[]) => RegExp;

/** Where Next.js would send `pathname`, by the first matching rule (null: not rewritten). */
function rewrite(pathname: string): string | null {
  for (const rule of LOCALE_REWRITES) {
    const match = pathToRegexp(rule.source, []).exec(pathname);
    if (match) return rule.destination.replace(":path", match[1] ?? "");
  }
  return null;
}

const PATHS = [
  "/",
  "/items/0193a1b2-0000-7000-8000-000000000001",
  "/items/1/attachments/2",
  "/catalogue/350403001",
  "/guide",
  "/guide/350403001",
  "/reports/350403001/2024",
  "/reports/350403001/2024/pdf",
  "/search",
  "/requests/new",
  "/requests/track/status",
  "/requests/track/files/3",
  "/feeds/agencies/350403001.atom",
  "/consoles",
  "/login-help",
  "/console",
  "/console/items/1",
  "/login",
  "/api/health",
  "/api/v1/items",
  "/_next/static/chunks/a.js",
  "/sitemap.xml",
  "/robots.txt",
  "/favicon.ico",
];

describe("the /en rewrite", () => {
  it("serves every portal page under /en, and nothing else", () => {
    for (const path of PATHS) {
      const english = `/en${path === "/" ? "" : path}`;
      expect(rewrite(english), english).toBe(isPortalPath(path) ? path : null);
    }
  });

  it("takes /en only as a whole segment and leaves unprefixed paths alone", () => {
    for (const path of ["/enquiries", "/english/items/1", "/items/1", "/"]) expect(rewrite(path), path).toBeNull();
  });

  it("reaches exactly the addresses portalPath writes", () => {
    for (const path of PATHS.filter(isPortalPath)) expect(rewrite(portalPath("en", path))).toBe(path);
  });
});
