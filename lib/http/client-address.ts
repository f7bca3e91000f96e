// The client's address, for sign-in throttling, rate limits and the audit log. By default it is the address
// of the TCP peer. X-Forwarded-For is believed only when that peer is one of our own reverse proxies
// (GONGKAI_TRUSTED_PROXIES: addresses or CIDRs); then the right-most entry that is not one of our proxies is
// the client (entries further left were written by whoever sent the request, and can be anything).
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { matches(address: string): boolean; empty: boolean };

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1"; brackets and zone ids dropped. */
export function normalizeAddress(address: string): string {
  let value = address.trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  value = value.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1] : value;
}

export class TrustedProxiesError extends Error {
  constructor(entry: string) {
    super(
      `GONGKAI_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range. Give the addresses of the reverse ` +
        "proxies in front of the app, separated by commas (e.g. 10.0.0.5,10.0.1.0/24,::1); leave it empty when " +
        "clients connect directly.",
    );
    this.name = "TrustedProxiesError";
  }
}

/** Parses the comma-separated list; an entry that is neither an address nor a CIDR range is refused. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const normalized = normalizeAddress(address);
    const family = isIP(normalized);
    if (family === 0 || rest.length) throw new TrustedProxiesError(entry);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(normalized, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new TrustedProxiesError(entry);
    list.addSubnet(normalized, bits, type);
  }
  return {
    empty: entries.length === 0,
    matches(address: string) {
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && list.check(normalized, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client address of a connection from `peer` carrying `forwardedFor` (the X-Forwarded-For header, possibly
 * several joined). Without a trusted peer the header is ignored entirely.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
) {
  const socket = peer ? normalizeAddress(peer) : "unknown";
  if (!peer || !trusted.matches(socket) || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(",")
    .map((s) => normalizeAddress(s))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (isIP(hops[i]) === 0) return socket; // garbage where an address should be: trust nothing beyond our proxy
    if (!trusted.matches(hops[i])) return hops[i];
  }
  return hops[0] ?? socket;
}
