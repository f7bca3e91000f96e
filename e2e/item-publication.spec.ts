// 分级审核、先审后发: staff drafts an item, the reviewer returns it with a comment, staff fixes it, the
// reviewer passes it, the leader publishes it, and the public reads it — in three browsers.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SWJ_LEADER, SWJ_REVIEWER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("an item goes from draft through review and approval to the public portal", async ({ browser, page: citizen }) => {
  const title = `关于开展${Date.now().toString(36)}商贸领域安全检查的通知`;

  // 经办人 drafts it with a 文号 in the wrong brackets.
  const staff = await as(browser, SWJ_STAFF.email);
  await staff.goto("/console/items/new");
  await staff.getByLabel("标题").fill(title);
  await staff.getByLabel("文号").fill("元商务【2026】21号");
  await staff.getByLabel("成文日期").fill("2026-11-20");
  await staff.getByLabel("主题分类").selectOption({ label: "市场监管、安全生产监管" });
  await staff
    .getByLabel("正文")
    .fill("各商贸企业：\n\n为做好岁末年初安全生产工作，现将有关事项通知如下。<script>alert(1)</script>");
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  const itemUrl = staff.url().split("?")[0];
  await staff.getByRole("button", { name: "提交保密审查" }).click();
  await expect(staff.getByTestId("revision-status")).toHaveText("待保密审查");

  // 保密审查 returns it with a comment.
  const reviewer = await as(browser, SWJ_REVIEWER.email);
  await reviewer.goto(itemUrl);
  await expect(reviewer.getByRole("button", { name: "审定发布" })).toHaveCount(0);
  const returnForm = reviewer.getByTestId("transition-returnFromReview");
  await returnForm.getByRole("button", { name: "退回修改" }).click();
  await expect(returnForm.getByText("请填写此项。")).toBeVisible();
  await returnForm.getByLabel("意见").fill("请补充检查时间安排。");
  await returnForm.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewer.getByTestId("revision-status")).toHaveText("已退回");

  // 经办人 sees the comment, fixes the draft and submits again.
  await staff.goto(itemUrl);
  await expect(staff.getByTestId("return-comment")).toContainText("请补充检查时间安排。");
  await staff.getByRole("link", { name: "修改草稿" }).click();
  await staff.getByLabel("正文").fill("各商贸企业：\n\n检查时间为2026年12月1日至12月31日。<script>alert(1)</script>");
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await staff.getByRole("button", { name: "提交保密审查" }).click();
  await expect(staff.getByTestId("revision-status")).toHaveText("待保密审查");

  // 保密审查 passes it; the drafter could not have.
  await reviewer.goto(itemUrl);
  await reviewer.getByTestId("transition-pass").getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByTestId("revision-status")).toHaveText("待领导审定");

  // 领导 publishes it.
  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto("/console");
  await leader.getByRole("link", { name: /待领导审定/ }).click();
  await leader.getByRole("link", { name: title }).click();
  await leader.getByTestId("transition-approve").getByRole("button", { name: "审定发布" }).click();
  await expect(leader.getByTestId("item-state")).toHaveText("已发布");

  // The public reads it, with its 索引号 and the normalised 文号, and without the script.
  const publicUrl = await leader.getByRole("link", { name: "查看公开页面" }).getAttribute("href");
  expect(publicUrl).toMatch(/^\/items\//);
  await citizen.goto(publicUrl!);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(title);
  const metadata = citizen.getByTestId("item-metadata");
  await expect(metadata).toContainText(/350403001\/\d{4}-\d{5}/);
  await expect(metadata).toContainText("元商务〔2026〕21号");
  await expect(citizen.getByText("检查时间为2026年12月1日至12月31日。")).toBeVisible();
  expect(await citizen.content()).not.toContain("alert(1)");
});
