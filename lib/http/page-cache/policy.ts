// Which public URLs the page cache may keep, and the tags that say when a kept page is out of date.
// Pure (no Node APIs): proxy.ts uses it too, to render these pages without a per-request nonce
// (their Content-Security-Policy lists the hashes of their inline scripts instead: ./content-policy.ts).
// Everything not matched here is never cached: the console, sign-in, auth, the request form, the tracking
// pages, search with a query, attachments (they have their own headers), and any other method than GET/HEAD.

/** Set by the app's server (lib/http/request-listener.ts) on requests it caches; a client's own is removed. */
export const PAGE_CACHE_HEADER = "x-gongkai-page-cache";

/** A portal-wide list: home, indexes, sitemap, the open-data lists. */
export const PORTAL_TAG = "portal";

export type Cacheable = {
  /** The tags known from the URL alone. */
  tags: string[];
  /** An item whose agency is needed to tag the page (an agency's data shows on its item pages). */
  itemId?: string;
};

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
/** Agency codes as the portal writes them in URLs (统一社会信用代码 or an internal code): no slashes. */
const CODE = "([^/]{1,64})";

const agencyTags = (code: string, ...kinds: string[]) => [...kinds.map((kind) => `${kind}:${code}`), `agency:${code}`];

const RULES: [RegExp, (match: RegExpExecArray) => Cacheable][] = [
  [/^\/$/, () => ({ tags: [PORTAL_TAG] })],
  [/^\/(catalogue|guide|reports|requests)$/, () => ({ tags: [PORTAL_TAG] })],
  [new RegExp(`^/catalogue/${CODE}$`), (m) => ({ tags: agencyTags(m[1], "catalogue") })],
  [new RegExp(`^/guide/${CODE}$`), (m) => ({ tags: agencyTags(m[1], "catalogue") })],
  [new RegExp(`^/reports/${CODE}(?:/\\d{4}(?:/explanation)?)?$`), (m) => ({ tags: agencyTags(m[1], "report") })],
  [new RegExp(`^/items/(${UUID})$`), (m) => ({ tags: [`item:${m[1].toLowerCase()}`], itemId: m[1].toLowerCase() })],
  [/^\/search$/, () => ({ tags: [PORTAL_TAG] })],
  [/^\/sitemap\.xml$/, () => ({ tags: [PORTAL_TAG] })],
  // /feeds/agencies/<code>.atom and /feeds/agencies/<code>/categories/<id>.atom: the tag names the bare code.
  [
    /^\/feeds\/agencies\/([^/]{1,64}?)(?:\.atom)?(?:\/categories\/[^/]+)?$/,
    (m) => ({ tags: agencyTags(m[1], "catalogue") }),
  ],
  [/^\/api\/v1\/(items|agencies)$/, () => ({ tags: [PORTAL_TAG] })],
  [
    new RegExp(`^/api/v1/items/(${UUID})$`),
    (m) => ({ tags: [`item:${m[1].toLowerCase()}`], itemId: m[1].toLowerCase() }),
  ],
  [new RegExp(`^/api/v1/agencies/${CODE}$`), (m) => ({ tags: agencyTags(m[1]) })],
  [new RegExp(`^/api/v1/agencies/${CODE}/reports(?:/\\d{4})?$`), (m) => ({ tags: agencyTags(m[1], "report") })],
];

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Whether a GET/HEAD of this path and query may be served from the page cache, and its tags; `undefined` when
 * it may not. The English pages (`/en/…`) have the same tags as the Chinese ones.
 */
export function cacheablePage(method: string | undefined, pathname: string, search: string): Cacheable | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  const path = decoded(pathname);
  if (path === undefined) return undefined;
  const unprefixed = path === "/en" ? "/" : path.startsWith("/en/") ? path.slice(3) : path;
  for (const [pattern, tagsOf] of RULES) {
    const match = pattern.exec(unprefixed);
    if (!match) continue;
    // Search results for a query are never kept: the empty state only (with or without the /search filters).
    if (unprefixed === "/search" && new URLSearchParams(search).get("q")?.trim()) return undefined;
    return tagsOf(match);
  }
  return undefined;
}
