// Runs before every page and route:
// 1. A path with a broken percent-escape (e.g. /items/%E0%A4%A) is answered 400 here: Next.js would fail to
//    decode the dynamic segment and answer 500.
// 2. Anonymous visitors of the console are sent to the sign-in page. This is convenience, not security:
//    every console page, server action and route handler checks the user and permission itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    return new NextResponse(
      "400 — 网址有误（编码不完整），请检查后重试。 Bad request: the address is not correctly encoded.",
      {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  if (pathname !== "/console" && !pathname.startsWith("/console/")) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Everything but the build's static files: those never have dynamic segments.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
