// Issue 12 item 6: nothing personal or staff-only can enter a shared cache. Every public URL type is asked
// first by a signed-in staff member who also carries a tracking cookie (so that, if anything of theirs were
// rendered, it would be what the cache kept), then by an anonymous visitor: the visitor gets the very same
// kept page, and it has nothing of the staff member in it. Console and tracking pages stay private, no-store.
import { expect, test } from "@playwright/test";
import { TRACKING_COOKIE } from "@/lib/requests/tracking-session";
import { SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

const AGENCY = "350403001";

test("public pages are the anonymous page for everybody; console and tracking pages are private", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, SWJ_STAFF.email);
  const session = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  expect(session).toContain("next-auth.session-token=");
  const staffCookies = `${session}; ${TRACKING_COOKIE}=e2e-not-a-real-tracking-session`;

  // An item, as a visitor reaches it.
  await page.goto(`/catalogue/${AGENCY}`);
  const itemPath = await page.locator('a[href^="/items/"]').first().getAttribute("href");
  expect(itemPath).toMatch(/^\/items\/[0-9a-f-]{36}$/);
  const itemId = itemPath!.split("/")[2];

  const publicUrls = [
    "/",
    "/catalogue",
    `/catalogue/${AGENCY}`,
    `/catalogue/${AGENCY}?page=1`,
    itemPath!,
    "/guide",
    `/guide/${AGENCY}`,
    "/search",
    "/reports",
    `/reports/${AGENCY}`,
    `/reports/${AGENCY}/2017`,
    `/reports/${AGENCY}/2017/explanation`,
    "/requests",
    "/sitemap.xml",
    `/feeds/agencies/${AGENCY}.atom`,
    "/api/v1/items",
    `/api/v1/items/${itemId}`,
    "/api/v1/agencies",
    `/api/v1/agencies/${AGENCY}`,
  ];
  const staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: staffCookies } });
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const url of publicUrls) {
    const asStaff = await staff.get(url, { maxRedirects: 0 });
    expect(asStaff.status(), url).toBe(200);
    const staffBody = await asStaff.text();
    expect(asStaff.headers()["set-cookie"], url).toBeUndefined();
    expect(asStaff.headers()["cache-control"], url).toBe("public, max-age=0, must-revalidate");
    expect(staffBody, url).not.toContain(SWJ_STAFF.name);
    expect(staffBody, url).not.toContain(SWJ_STAFF.email);
    expect(staffBody, url).not.toContain("退出登录");

    const asVisitor = await anonymous.get(url, { maxRedirects: 0 });
    expect(asVisitor.headers()["x-gongkai-cache"], `${url}: served from the cache`).toBe("hit");
    expect(asVisitor.headers().etag, url).toBe(asStaff.headers().etag);
    expect(await asVisitor.text(), url).toBe(staffBody);
  }

  // Pages read with a session or a tracking cookie are never shareable.
  const privateUrls = ["/console", "/console/items", "/console/requests", "/requests/track", "/requests/new"];
  for (const url of privateUrls) {
    const response = await staff.get(url, { maxRedirects: 0 });
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, url).toMatch(/private/);
    expect(cacheControl, url).toMatch(/no-store/);
    expect(response.headers().etag, url).toBeUndefined();
    expect(response.headers()["x-gongkai-cache"], url).toBeUndefined();
  }
  // Search results for a query are not kept either.
  const results = await anonymous.get("/search?q=商务");
  expect(results.headers()["cache-control"]).toMatch(/private/);
  await staff.dispose();
  await anonymous.dispose();
});
