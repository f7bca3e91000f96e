// The security headers of every response. The Content-Security-Policy allows only the app's own scripts,
// each carrying this request's nonce (proxy.ts makes one per request; Next.js puts it on the scripts it
// writes): an injected <script> — or an injected inline handler — does not run. Pages cannot be framed.

/** Headers that are the same on every response (set by the app's server, static files included). */
export function staticSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS: a browser that saw it would refuse plain HTTP to this host for a year.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  // 'strict-dynamic': scripts the app's own (nonced) scripts load may run; nothing else, no inline code.
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, `'self' 'nonce-${nonce}'`, options);
}

/**
 * The policy of a page kept by the page cache (lib/http/page-cache/): the same body goes to every visitor, so it
 * cannot carry a per-request nonce. Its inline scripts and styles are allowed by their SHA-256 hashes instead,
 * computed once when the page is rendered; external scripts by 'self' (without 'strict-dynamic', which would
 * ignore 'self'). An injected script or inline handler still does not run: its hash is not in the list.
 */
export function hashedContentSecurityPolicy(
  hashes: { scripts: string[]; styles: string[] },
  options: { dev: boolean; https: boolean },
): string {
  const sources = (list: string[]) => list.map((hash) => ` 'sha256-${hash}'`).join("");
  return policy(`'self'${sources(hashes.scripts)}`, `'self'${sources(hashes.styles)}`, options);
}

/** Both policies: they differ only in what allows the page's own scripts and styles. */
function policy(scripts: string, styles: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's refresh needs eval.
    `script-src ${scripts}${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
