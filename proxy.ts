// Runs before every page and route:
// 1. A path with a broken percent-escape (e.g. /items/%E0%A4%A), or a query with control characters (a NUL),
//    is answered 400 here: Next.js would fail to decode the segment, PostgreSQL to compare the text — a 500.
// 2. Anonymous visitors of the console are sent to the sign-in page. This is convenience, not security:
//    every console page, server action and route handler checks the user and permission itself.
// 3. Every page gets a Content-Security-Policy with a fresh nonce (lib/http/security-headers.ts): set on the
//    request too, where Next.js reads it to put the nonce on the scripts it writes. Except on pages the app's
//    server caches (it marks them, lib/http/page-cache/): one body for everybody cannot carry a nonce; they
//    are rendered without one and the server sends a policy listing their inline scripts' hashes.
// 4. The portal's language comes from the URL alone (lib/i18n/portal-path.ts): /en/<path> gets the request
//    header x-gongkai-locale: en (next.config.ts then rewrites it to /<path>), an unprefixed portal path zh-CN.
//    A header sent by the client is always replaced, so no request can make a URL answer in the other language
//    (which a cache keyed by URL would then keep for everyone).
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_CACHE_HEADER } from "@/lib/http/page-cache/policy";
import { LOCALE_HEADER, isPortalPath, splitLocalePath } from "@/lib/i18n/portal-path";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Control characters (a NUL above all) have no place in an address; PostgreSQL cannot even compare them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/;

function hasControlCharacters(search: string): boolean {
  try {
    return CONTROL.test(decodeURIComponent(search.replace(/\+/g, " ")));
  } catch {
    // Undecodable escapes in the query are each parameter's reader's business (they see U+FFFD).
    return false;
  }
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function withPolicy(request: NextRequest, respond: (headers: Headers) => NextResponse): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = respond(requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasControlCharacters(request.nextUrl.search)) {
    return new NextResponse(
      "400 — 网址中含有控制字符（如空字符），请检查后重试。 Bad request: the address contains control characters.",
      { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } },
    );
  }
  if (!isDecodable(pathname)) {
    return new NextResponse(
      "400 — 网址有误（编码不完整），请检查后重试。 Bad request: the address is not correctly encoded.",
      {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  const isConsole = pathname === "/console" || pathname.startsWith("/console/");
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (isConsole && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  const { locale, path } = splitLocalePath(pathname);
  const withLocale = (headers: Headers) => {
    headers.delete(LOCALE_HEADER);
    if (isPortalPath(path)) headers.set(LOCALE_HEADER, locale);
    return headers;
  };
  // A page the server keeps for everybody: no nonce (its policy lists hashes), the language still from the URL.
  if (request.headers.get(PAGE_CACHE_HEADER) === "1")
    return NextResponse.next({ request: { headers: withLocale(new Headers(request.headers)) } });
  return withPolicy(request, (headers) => NextResponse.next({ request: { headers: withLocale(headers) } }));
}

// Everything but the build's static files: those never have dynamic segments.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
