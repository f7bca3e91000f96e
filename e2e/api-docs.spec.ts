// The API reference at /api/v1/docs: Swagger UI, served by the app itself (no request leaves the origin — an
// intranet has no CDN), rendering /api/v1/openapi.json under the app's nonce-based Content-Security-Policy
// with no violation and no script error.
import { expect, test } from "@playwright/test";

test.setTimeout(120_000);

test("the API reference renders the operations, from the app's own files, under its CSP", async ({ page, baseURL }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  // Violations the page itself sees, whatever the console says.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto("/api/v1/docs");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  await expect(page.getByText("Gongkai API（政府信息公开平台接口）")).toBeVisible();
  // An operation, rendered from the document: its path and summary.
  const summary = page.getByText("Submit an information request (网络申请)");
  await expect(summary).toBeVisible();
  await summary.click();
  const operation = page.locator("#operations-requests-submitRequest");
  await expect(operation.locator(".opblock-body")).toBeVisible();
  await expect(operation.getByText("Receipt", { exact: false }).first()).toBeVisible();
  // The schemas the document defines are listed too (agencyCode's body among them).
  await expect(page.locator(".models").getByText("SubmittedRequest", { exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);

  // Only the viewer's own files are served; nothing else from the package or the disk.
  for (const asset of ["package.json", "..%2F..%2Fpackage.json", "index.html"])
    expect((await page.request.get(`/api/v1/docs/${asset}`)).status(), asset).toBe(404);
});
