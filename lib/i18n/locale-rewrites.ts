// The English portal is the same routes under /en: Next.js rewrites /en/<path> to /<path> itself (next.config.ts),
// after proxy.ts has read the language from the URL. Not a rewrite in proxy.ts: Next.js treats a proxy rewrite
// to an origin other than the one it was started with (HOST=127.0.0.1, visitor asks localhost or the public name)
// as external and sends it out again over HTTP — a second pass through the whole server, or none behind nginx.
// Private pages, the API and the crawler files are never prefixed: /en/console, /en/login… answer 404.
import type { NextConfig } from "next";

type Rewrites = Awaited<ReturnType<NonNullable<NextConfig["rewrites"]>>>;

/** What isPortalPath (portal-path.ts) excludes, as a path-to-regexp lookahead; lib/i18n/locale-rewrites.test.ts checks they agree. */
const NOT_PORTAL = "(?:console|login|api|_next)(?:/|$)|(?:robots\\.txt|sitemap\\.xml|favicon\\.ico)$";

export const LOCALE_REWRITES = [
  { source: "/en", destination: "/" },
  { source: `/en/:path((?!${NOT_PORTAL}).+)`, destination: "/:path" },
] satisfies Extract<Rewrites, { beforeFiles?: unknown }>["beforeFiles"];
