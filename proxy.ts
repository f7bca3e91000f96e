// Sends anonymous visitors of the console to the sign-in page. This is convenience, not security:
// every console page, server action and route handler checks the user and permission itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) {
    // The console layout reads the path to send users who must change their password to that page.
    const headers = new Headers(request.headers);
    headers.set("x-gongkai-path", request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/console/:path*"] };
