// The client address as the app's own HTTP server (scripts/server.ts) established it from the socket and
// the trusted proxies (lib/http/client-address.ts). A client cannot set it: the server replaces whatever
// header of that name arrives. Used for sign-in throttling, rate limits and the audit log.
export const CLIENT_ADDRESS_HEADER = "x-gongkai-client-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIpFromHeaders(headers: HeaderBag): string {
  return header(headers, CLIENT_ADDRESS_HEADER) || "unknown";
}
