// Who is the client? Cases an attacker, a proxy chain and a dual-stack socket produce.
import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "./client-address";

const none = parseTrustedProxies("");
const nginx = parseTrustedProxies("10.0.0.5");
const chain = parseTrustedProxies("10.0.0.0/24, 192.168.1.1 ,fd00::/8");

type Case = [trusted: TrustedProxies, peer: string, forwardedFor: string | undefined, expected: string, why: string];

const cases: Case[] = [
  // [trusted, peer, X-Forwarded-For, expected, why]
  [none, "203.0.113.7", undefined, "203.0.113.7", "no proxy: the socket"],
  [none, "203.0.113.7", "1.2.3.4", "203.0.113.7", "a client's own header is ignored without trusted proxies"],
  [nginx, "203.0.113.7", "1.2.3.4", "203.0.113.7", "a header from a peer that is not our proxy is ignored"],
  [nginx, "10.0.0.5", "198.51.100.9", "198.51.100.9", "our proxy tells us the client"],
  [nginx, "10.0.0.5", "1.2.3.4, 198.51.100.9", "198.51.100.9", "forged entries left of the proxy's are not believed"],
  [nginx, "::ffff:10.0.0.5", "198.51.100.9", "198.51.100.9", "an IPv4 proxy on a dual-stack socket"],
  [nginx, "10.0.0.5", undefined, "10.0.0.5", "our proxy without a header: the proxy itself"],
  [nginx, "10.0.0.5", "not-an-address", "10.0.0.5", "garbage in the header: nothing beyond our proxy is believed"],
  [chain, "10.0.0.9", "198.51.100.9, 192.168.1.1", "198.51.100.9", "two proxies of ours in a row"],
  [chain, "10.0.0.9", "1.1.1.1, 198.51.100.9, 10.0.0.3", "198.51.100.9", "the right-most address not ours"],
  [chain, "fd00::1", "2001:db8::7", "2001:db8::7", "IPv6 proxies and clients"],
  [chain, "10.0.0.9", "10.0.0.1, 192.168.1.1", "10.0.0.1", "all ours: the left-most"],
];

describe("the client address", () => {
  it.each(cases)("%#: %s", (trusted, peer, header, expected) => {
    expect(resolveClientAddress(peer, header, trusted)).toBe(expected);
  });

  it("normalizes the spellings of one address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });

  it("refuses a proxy list it cannot read, with the entry named, instead of trusting everybody", () => {
    expect(() => parseTrustedProxies("1")).toThrow(/"1" is not an IP address or CIDR range/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy\.example/);
    expect(parseTrustedProxies(undefined).empty).toBe(true);
  });
});
