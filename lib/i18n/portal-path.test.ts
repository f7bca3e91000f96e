import { describe, expect, it } from "vitest";
import { isPortalPath, portalPath, splitLocalePath } from "./portal-path";

describe("portalPath", () => {
  it("leaves Chinese addresses unprefixed", () => {
    expect(portalPath("zh-CN", "/")).toBe("/");
    expect(portalPath("zh-CN", "/items/1")).toBe("/items/1");
    expect(portalPath("zh-CN", "/search?q=%E5%85%AC%E5%BC%80")).toBe("/search?q=%E5%85%AC%E5%BC%80");
  });

  it("puts English addresses under /en, keeping the query and fragment", () => {
    expect(portalPath("en", "/items/0193-abc")).toBe("/en/items/0193-abc");
    expect(portalPath("en", "/catalogue/SY001?genre=NOTICE&year=2025")).toBe(
      "/en/catalogue/SY001?genre=NOTICE&year=2025",
    );
    expect(portalPath("en", "/requests/track")).toBe("/en/requests/track");
    expect(portalPath("en", "/guide#office")).toBe("/en/guide#office");
  });

  it("names the English home /en, without the trailing slash Next.js would redirect", () => {
    expect(portalPath("en", "/")).toBe("/en");
    expect(portalPath("en", "/?from=feed")).toBe("/en?from=feed");
    expect(portalPath("en", "/#main")).toBe("/en#main");
  });

  it("never prefixes private pages, the API, other sites or in-page anchors", () => {
    for (const href of [
      "/login",
      "/login?callbackUrl=%2Fconsole",
      "/console",
      "/console/items/1",
      "/api/v1/items",
      "/sitemap.xml",
      "/robots.txt",
      "/_next/static/x.js",
      "#main",
      "https://www.gov.cn/",
      "//evil.example/x",
      "mailto:office@example.gov.cn",
      "items/1",
    ])
      expect(portalPath("en", href), href).toBe(href);
  });

  it("does not mistake a path that only starts like a private one", () => {
    expect(portalPath("en", "/consoles")).toBe("/en/consoles");
    expect(portalPath("en", "/login-help")).toBe("/en/login-help");
  });

  it("treats an unknown language as Chinese rather than inventing a prefix", () => {
    expect(portalPath("fr", "/items/1")).toBe("/items/1");
    expect(portalPath("", "/items/1")).toBe("/items/1");
  });
});

describe("splitLocalePath", () => {
  it("reads the language from the prefix", () => {
    expect(splitLocalePath("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocalePath("/en/items/1")).toEqual({ locale: "en", path: "/items/1" });
    expect(splitLocalePath("/items/1")).toEqual({ locale: "zh-CN", path: "/items/1" });
    expect(splitLocalePath("/")).toEqual({ locale: "zh-CN", path: "/" });
  });

  it("takes /en only as a whole segment", () => {
    expect(splitLocalePath("/enquiries")).toEqual({ locale: "zh-CN", path: "/enquiries" });
    expect(splitLocalePath("/english/x")).toEqual({ locale: "zh-CN", path: "/english/x" });
  });

  it("round-trips with portalPath", () => {
    for (const path of ["/", "/items/1", "/reports/SY001/2025", "/requests/new"])
      for (const locale of ["zh-CN", "en"]) expect(splitLocalePath(portalPath(locale, path))).toEqual({ locale, path });
  });
});

describe("isPortalPath", () => {
  it("knows the portal from the rest", () => {
    expect(isPortalPath("/")).toBe(true);
    expect(isPortalPath("/feeds/agencies/SY001.atom")).toBe(true);
    expect(isPortalPath("/items/1/attachments/2")).toBe(true);
    expect(isPortalPath("/console")).toBe(false);
    expect(isPortalPath("/api/health")).toBe(false);
    expect(isPortalPath("/sitemap.xml")).toBe(false);
  });
});
