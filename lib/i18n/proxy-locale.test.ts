// proxy.ts tells each page its language from the URL alone. The header it sets must never come from the client:
// a cache keyed by URL would keep a page rendered in the language a forged header asked for.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { LOCALE_HEADER } from "./portal-path";

/** The x-gongkai-locale the page would see (null: none, the cookie decides), and whether Next.js goes on. */
function localeSeenBy(path: string, headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
  const overridden = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  return {
    next: response.headers.get("x-middleware-next") === "1",
    locale: overridden.includes(LOCALE_HEADER) ? response.headers.get(`x-middleware-request-${LOCALE_HEADER}`) : null,
  };
}

describe("proxy: the portal's language", () => {
  it("is Chinese at plain portal addresses and English under /en", () => {
    expect(localeSeenBy("/")).toEqual({ next: true, locale: "zh-CN" });
    expect(localeSeenBy("/items/1")).toEqual({ next: true, locale: "zh-CN" });
    expect(localeSeenBy("/en")).toEqual({ next: true, locale: "en" });
    expect(localeSeenBy("/en/items/1?x=1")).toEqual({ next: true, locale: "en" });
    expect(localeSeenBy("/en/requests/track/status")).toEqual({ next: true, locale: "en" });
  });

  it("ignores a language header, cookie or Accept-Language sent by the client", () => {
    const forged = { [LOCALE_HEADER]: "en", cookie: "gongkai-locale=en", "accept-language": "en" };
    expect(localeSeenBy("/guide", forged).locale).toBe("zh-CN");
    expect(localeSeenBy("/en/guide", { [LOCALE_HEADER]: "zh-CN" }).locale).toBe("en");
    expect(localeSeenBy("/guide", { [LOCALE_HEADER]: "fr" }).locale).toBe("zh-CN");
  });

  it("leaves the console and sign-in page to the cookie, and a forged header does not reach them", () => {
    const forged = { [LOCALE_HEADER]: "en" };
    for (const path of ["/login", "/api/health", "/sitemap.xml"]) {
      const seen = localeSeenBy(path, forged);
      // Removed from the request (listed as overridden with no value) or never set: the page sees none.
      expect(seen.locale ?? null, path).toBeNull();
    }
  });

  it("still refuses broken addresses under /en", () => {
    expect(proxy(new NextRequest("http://localhost:3000/en/items/%E0%A4%A")).status).toBe(400);
    expect(proxy(new NextRequest("http://localhost:3000/en/search?q=%00")).status).toBe(400);
  });
});
