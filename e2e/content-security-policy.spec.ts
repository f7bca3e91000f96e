// Every page type is served with the security headers and a strict Content-Security-Policy, and works under it:
// no CSP violation and no script error in the browser console, on the portal and in the console. Pages the
// page cache keeps (lib/http/page-cache/policy.ts) list their inline scripts' hashes (one body for everybody
// cannot carry a per-request nonce); every other page has a fresh nonce.
import { expect, test, type Page } from "@playwright/test";
import { cacheablePage } from "@/lib/http/page-cache/policy";
import { SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

const PORTAL = [
  "/",
  "/catalogue",
  "/catalogue/350403001",
  "/guide",
  "/guide/350403001",
  "/search",
  "/search?q=商务",
  "/reports",
  "/reports/350403001",
  "/reports/350403001/2017",
  "/reports/350403001/2017/explanation",
  "/requests",
  "/requests/new",
  "/requests/track",
  "/login",
];

const CONSOLE = [
  "/console",
  "/console/items",
  "/console/items/new",
  "/console/requests",
  "/console/requests/new",
  "/console/reports",
  "/console/account/password",
  "/console/account/tokens",
];

/** Whether the page cache keeps this page. */
function kept(path: string): boolean {
  const [pathname, search = ""] = path.split("?");
  return cacheablePage("GET", pathname, search) !== undefined;
}

/** Collects what the browser reports as blocked by the policy or broken by it. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  if (kept(path)) {
    // Only the app's own files and the page's own inline scripts, by hash: no nonce, nothing inline allowed.
    expect(policy, `${path}: CSP`).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(policy, `${path}: CSP`).not.toMatch(/unsafe-inline|nonce-/);
    expect(headers["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    expect(headers.etag, path).toMatch(/^"/);
  } else {
    expect(policy, `${path}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  }
  expect(policy, `${path}: CSP`).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Plain HTTP here: no HSTS (it would lock browsers out of HTTP for a year).
  expect(headers["strict-transport-security"], path).toBeUndefined();
  await page.waitForLoadState("networkidle");
  return policy;
}

test("portal pages work under the policy, each uncached one with its own nonce", async ({ page }) => {
  const problems = watch(page);
  const nonces = new Set<string>();
  const uncached = PORTAL.filter((path) => !kept(path));
  for (const path of PORTAL) {
    const policy = await visit(page, path);
    if (uncached.includes(path)) nonces.add(/'nonce-([^']+)'/.exec(policy)![1]);
    // A kept page's policy is the same on every visit (and so is its body, whose hashes it lists).
    else expect((await page.request.get(path)).headers()["content-security-policy"], path).toBe(policy);
  }
  // An item page, reached as a visitor would.
  await page.goto("/catalogue/350403001");
  await page.getByTestId("catalogue-list").locator('a[href^="/items/"]').first().click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await visit(page, new URL(page.url()).pathname);
  expect(uncached.length).toBeGreaterThanOrEqual(4); // search with a query, the request form, tracking, sign-in
  expect(nonces.size).toBe(uncached.length);
  expect(problems).toEqual([]);
});

test("console pages work under the policy, forms and client navigation included", async ({ page }) => {
  const problems = watch(page);
  await signIn(page, SWJ_STAFF.email);
  for (const path of CONSOLE) await visit(page, path);
  // A client-side navigation and a request page.
  await page.goto("/console/requests");
  const first = page.locator('a[href^="/console/requests/0"]').first();
  if (await first.count()) {
    await first.click();
    await expect(page).toHaveURL(/\/console\/requests\/[0-9a-f-]{36}$/);
  }
  expect(problems).toEqual([]);
});

test("static files and API answers carry the headers too", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/agencies", "/favicon.ico"]) {
    const response = await request.get(path);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});
