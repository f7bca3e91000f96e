// 数据推送: an agency administrator adds an integrator's address (the secret shown once), sees it listed and
// switches it off; an invalid address is refused next to its field; staff have no such page.
import { expect, test } from "@playwright/test";
import { SWJ_ADMIN, SWJ_STAFF } from "./support/accounts";
import { consoleNav, signIn } from "./support/sign-in";

test("an agency administrator adds and deactivates a webhook address", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, SWJ_ADMIN.email);
  await consoleNav(admin).getByRole("link", { name: "数据推送" }).click();
  await expect(admin).toHaveURL(/\/console\/webhooks/);

  const address = `https://oa.sanyuan.gov.cn/hooks/${Date.now().toString(36)}`;
  await admin.getByLabel("接收地址").fill("ftp://oa.sanyuan.gov.cn/hook");
  await admin.getByRole("button", { name: "添加" }).click();
  await expect(admin.locator("#field-url-error")).toHaveText(
    "请填写 http:// 或 https:// 开头的完整地址，且不含用户名和密码。",
  );
  await admin.getByLabel("接收地址").fill(address);
  await admin.getByLabel("说明").fill("办公自动化系统");
  await admin.getByRole("button", { name: "添加" }).click();
  await expect(admin.getByTestId("webhook-secret")).toHaveText(/^[0-9a-f]{64}$/);

  const listed = admin.getByTestId("webhook").filter({ hasText: address });
  await expect(listed).toContainText("信息发布、信息撤回、年度报告发布 · 启用中");
  await listed.getByRole("button", { name: "停用" }).click();
  await expect(admin.getByTestId("webhook").filter({ hasText: address })).toContainText("已停用");
  // The secret is not shown again.
  await admin.reload();
  await expect(admin.getByTestId("webhook-secret")).toHaveCount(0);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, SWJ_STAFF.email);
  await expect(consoleNav(staff).getByRole("link", { name: "数据推送" })).toHaveCount(0);
  expect((await staff.goto("/console/webhooks"))?.status()).toBe(404);
});
