// The absolute origin of the portal, for links that leave the site (feeds, sitemaps, API links):
// NEXTAUTH_URL when configured (the canonical address behind a proxy), else the request's own origin.
export function siteUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting must not break public feeds: fall back to the request.
    }
  }
  return new URL(request.url).origin;
}
