// robots.txt: the portal, feeds and open data are for everyone; the console and sign-in are not.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";

// Read at request time: the address is configuration of the running server, not of the build.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // The canonical address (NEXTAUTH_URL) when configured, else the host that asked.
  const configured = process.env.NEXTAUTH_URL?.trim();
  let base: string;
  try {
    base = new URL(configured ?? "").origin;
  } catch {
    const h = await headers();
    base = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  }
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/console/", "/login", "/api/auth/", "/requests/track"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
