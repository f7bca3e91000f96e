// Console pages take filters, cursors and ids from the address; server actions take bodies. A staff member's
// mistyped link or an attacker's crafted one must answer with a page (4xx at worst), never a server error.
import { expect, test } from "@playwright/test";
import { PLATFORM_ADMIN } from "./support/accounts";
import { signIn } from "./support/sign-in";

const PAGES = [
  "/console",
  "/console/items",
  "/console/requests",
  "/console/appeals",
  "/console/users",
  "/console/audit",
  "/console/complaints",
  "/console/outbox",
  "/console/catalogue",
  "/console/calendar",
  "/console/reports",
  "/console/reports/history",
  "/console/requests/templates",
];
const PARAMS = [
  "view",
  "q",
  "agency",
  "agencyId",
  "year",
  "before",
  "cursor",
  "page",
  "state",
  "type",
  "actor",
  "from",
];
// Raw query-string pieces: a NUL, invalid UTF-8, absurd numbers and dates, injection, arrays.
const VALUES = ["%00", "%FF%FE", "9".repeat(400), "-1", "2026-02-30", "'%20OR%201=1%20--", "x&view=y", "%E0%A4%A"];

test("console pages answer every crafted query without a server error", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, PLATFORM_ADMIN.email);
  const failures: string[] = [];
  for (const path of PAGES)
    for (const name of PARAMS)
      for (const value of VALUES) {
        const url = `${path}?${name}=${value}`;
        const response = await page.request.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${url}: ${response.status()}`);
      }
  for (const id of ["%00", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "9".repeat(300)])
    for (const path of [
      "/console/items/",
      "/console/requests/",
      "/console/users/",
      "/console/agencies/",
      "/console/reports/",
    ]) {
      const response = await page.request.get(`${path}${id}`, { maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${path}${id}: ${response.status()}`);
    }
  expect(failures).toEqual([]);
});

test("malformed server-action posts are refused without a server error", async ({ page }) => {
  await signIn(page, PLATFORM_ADMIN.email);
  const failures: string[] = [];
  const bodies = ["", "garbage", '["$K1"]', "\u0000".repeat(10), "a=b&c=%ZZ"];
  for (const action of ["0000000000000000000000000000000000000000", "x", ""])
    for (const body of bodies)
      for (const type of [
        "text/plain;charset=UTF-8",
        "multipart/form-data; boundary=zzz",
        "application/x-www-form-urlencoded",
      ]) {
        const response = await page.request.post("/console/items/new", {
          headers: { "Next-Action": action, "Content-Type": type },
          data: body,
          maxRedirects: 0,
        });
        if (response.status() >= 500)
          failures.push(`action=${action} type=${type} body=${JSON.stringify(body)}: ${response.status()}`);
      }
  expect(failures).toEqual([]);
});
