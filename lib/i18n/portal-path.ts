// The portal's language is part of its address: Chinese at the unprefixed paths, English under /en. A URL
// thus names exactly one page, whoever asks (no cookie decides), so pages can be cached and shared by URL.
// The console and the sign-in page are private and keep the cookie choice: they are never prefixed.
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** The path prefix of each portal language ("" for Chinese, the default). */
export const LOCALE_PREFIX: Record<Locale, string> = { "zh-CN": "", en: "/en" };

/** Request header proxy.ts sets from the URL for portal pages (i18n/request.ts reads it); never from the client. */
export const LOCALE_HEADER = "x-gongkai-locale";

/** Addresses outside the portal: private pages, the API, the build's files and the crawler files. */
const NOT_PORTAL = /^\/(?:console|login|api|_next)(?:[/?#]|$)|^\/(?:robots\.txt|sitemap\.xml|favicon\.ico)(?:[?#]|$)/;

/** Whether `path` (starting with "/", without a language prefix) is a portal address. */
export function isPortalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !NOT_PORTAL.test(path);
}

/**
 * The address of portal page `path` ("/items/1", "/search?q=x", "/") in `locale`: "/en/items/1",
 * "/en/search?q=x", "/en". Anything else (another site, "#main", the console, the sign-in page) is returned as is.
 */
export function portalPath(locale: string, path: string): string {
  const prefix = LOCALE_PREFIX[locale as Locale] ?? "";
  if (!prefix || !isPortalPath(path)) return path;
  // "/" and "/?q" become "/en" and "/en?q": no trailing slash, which Next.js would redirect.
  return /^\/(?:[?#]|$)/.test(path) ? prefix + path.slice(1) : prefix + path;
}

/** The language an address names and the address without its prefix: "/en/items/1" → en, "/items/1". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const [locale, prefix] of Object.entries(LOCALE_PREFIX) as [Locale, string][]) {
    if (!prefix) continue;
    if (pathname === prefix) return { locale, path: "/" };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}
