// The client address used for sign-in throttling and the audit log. Behind a load balancer the
// address comes from X-Forwarded-For; set GONGKAI_TRUSTED_PROXIES to the number of proxies in front
// of the app (default 1: `next start` itself records the socket address in X-Forwarded-For).

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientIpFromHeaders(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const trusted = Math.max(1, Number(process.env.GONGKAI_TRUSTED_PROXIES ?? 1));
    // The right-most `trusted` entries were added by our own proxies; the one before them is the client.
    const candidate = hops[Math.max(0, hops.length - trusted)];
    if (candidate) return candidate.replace(/^::ffff:/, "");
  }
  return header(headers, "x-real-ip") ?? "unknown";
}
