// An agency administrator works only within their own agency: another agency and its users answer
// 404 (not 403), exactly like pages that do not exist.
import { expect, test } from "@playwright/test";
import { CZJ_STAFF, PLATFORM_ADMIN, SWJ_ADMIN, SWJ_STAFF } from "./support/accounts";
import { idFromLink, signIn } from "./support/sign-in";

const COMMERCE = "三明市三元区商务局";
const FINANCE = "三明市三元区财政局";

test("the 商务局 administrator cannot open the 财政局 or its users, but opens their own", async ({ browser }) => {
  // The ids, read from the links the platform administrator sees.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, PLATFORM_ADMIN.email);
  await admin.goto("/console/agencies");
  const commerceId = await idFromLink(admin, COMMERCE);
  const financeId = await idFromLink(admin, FINANCE);
  await admin.goto("/console/users");
  const czjStaffId = await idFromLink(admin, CZJ_STAFF.name);
  const swjStaffId = await idFromLink(admin, SWJ_STAFF.name);
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SWJ_ADMIN.email);

  // Soft, so that one leak does not hide the next.
  await page.goto(`/console/agencies/${financeId}`);
  await expect(page.getByRole("heading", { name: "页面不存在" }), "another agency's page is 404").toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("三元区");

  await page.goto(`/console/users/${czjStaffId}`);
  await expect(page.getByRole("heading", { name: "页面不存在" }), "another agency's user is 404").toBeVisible();
  await expect(page.getByText(CZJ_STAFF.name)).toHaveCount(0);

  // Their own agency and its users open normally.
  await page.goto(`/console/agencies/${commerceId}`);
  await expect(page.getByRole("heading", { level: 1, name: COMMERCE })).toBeVisible();
  await expect(page.getByLabel("机关全称")).toHaveValue(COMMERCE);

  await page.goto(`/console/users/${swjStaffId}`);
  await expect(page.getByRole("heading", { level: 1, name: SWJ_STAFF.name })).toBeVisible();
  await expect(page.getByLabel("电子邮箱")).toHaveValue(SWJ_STAFF.email);

  // The lists show only their own agency's people.
  await page.goto("/console/users");
  await expect(page.getByRole("main").getByRole("link", { name: SWJ_STAFF.name, exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: CZJ_STAFF.name, exact: true })).toHaveCount(0);
  await context.close();
});
