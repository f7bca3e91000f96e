// The staff's desk (issue 14, items 8–10): a returned reply shows on the drafter's dashboard under 退回给我的;
// the report drill-down says 查询码, names the applicant, and 返回报告 lands on the cell it came from; a leader
// reading a 起草中 report is not told it was submitted; the reviewer's and the leader's boxes say whose opinion
// they take; a Markdown table in an item body is ruled; the item page shows its 目录分类 path.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SWJ_LEADER, SWJ_REVIEWER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, email);
  return page;
}

/** A natural person's request to 三元区商务局, submitted online today; its 查询码. */
async function submitRequest(citizen: Page, name: string): Promise<string> {
  await citizen.goto("/requests/new?agency=350403001");
  await citizen.getByLabel("姓名").fill(name);
  await citizen.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await citizen.getByLabel("证件号码").fill("11010519491231002X");
  // A phone of its own per request, so the per-phone submission limit is never what a test meets.
  await citizen.getByLabel("联系电话").fill(`137${String(Date.now()).slice(-8)}`);
  await citizen.getByLabel("所需信息的内容描述").fill("申请公开2025年本区商贸企业安全检查名单。");
  await citizen.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await citizen.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
  await citizen.getByRole("button", { name: "提交申请" }).click();
  return ((await citizen.getByTestId("tracking-code").textContent()) ?? "").trim();
}

const returnedBox = (page: Page) => page.locator('[data-queue="returned"]');

test("a reply the leader returns shows on the drafter's dashboard, with the leader's comment", async ({
  browser,
  page: citizen,
}) => {
  test.setTimeout(120_000);
  const code = await submitRequest(citizen, "孙七");

  const staff = await as(browser, SWJ_STAFF.email);
  const before = Number(await returnedBox(staff).locator("span").last().textContent());
  await staff.goto("/console/requests?view=new");
  await staff.getByRole("link", { name: code }).click();
  await staff.getByRole("link", { name: "起草或查看答复" }).click();
  const form = staff.getByTestId("reply-form");
  await form.getByLabel("办理结果").selectOption({ label: "无法提供：本机关不掌握相关政府信息" });
  await form.getByRole("button", { name: "起草" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("草稿");
  await staff.getByTestId("reply-submit").getByRole("button", { name: "提交领导审批" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("待领导审批");
  const replyUrl = staff.url().split("?")[0];

  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(replyUrl);
  const ret = leader.getByTestId("reply-return");
  await ret.getByLabel("退回意见").fill("请核对检索范围后再答复。");
  await ret.getByRole("button").click();
  await expect(leader.getByTestId("reply-status")).toHaveText("已退回");

  await staff.goto("/console");
  await expect(returnedBox(staff)).toContainText("退回给我的");
  await expect(returnedBox(staff).locator("span").last()).toHaveText(String(before + 1));
  const entry = staff.locator('[data-returned="reply"]').filter({ hasText: code });
  await expect(entry).toContainText("请核对检索范围后再答复。");
  await staff.screenshot({ path: "/tmp/staff-desk-dashboard.png", fullPage: true });
  await entry.getByRole("link", { name: `查询码 ${code} 的答复` }).click();
  await expect(staff).toHaveURL(replyUrl);

  // The same desk in English: English words, and the English date format (5 Dec 2026).
  await staff.goto("/console");
  await staff.getByRole("button", { name: "English" }).click();
  await expect(staff.locator("html")).toHaveAttribute("lang", "en");
  await expect(returnedBox(staff)).toContainText("Returned to me");
  const english = staff.locator('[data-returned="reply"]').filter({ hasText: code });
  await expect(english.getByRole("link", { name: `Reply to request ${code}` })).toBeVisible();
  await expect(english).toContainText(/Returned \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
  await staff.screenshot({ path: "/tmp/staff-desk-dashboard-en.png", fullPage: true });
});

test("the report drill-down says 查询码, names the applicant and 返回报告 lands on its cell", async ({
  browser,
  page: citizen,
}) => {
  test.setTimeout(120_000);
  await submitRequest(citizen, "周八");
  const staff = await as(browser, SWJ_STAFF.email);
  await staff.goto("/console/reports");
  const open = staff.getByTestId("report-open-form");
  // This year (still running: a report may be drafted) has requests of the demo data and of the other tests.
  await open.getByLabel("年度").fill(String(new Date().getFullYear()));
  await open.getByRole("button", { name: "打开报告" }).click();
  await expect(staff).toHaveURL(/\/console\/reports\/[0-9a-f-]{36}$/);
  const reportUrl = staff.url();

  // The leader reads the 起草中 report: told who drafts it, not that it was submitted.
  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(reportUrl);
  await expect(leader.getByTestId("report-status")).toHaveText("起草中");
  await expect(leader.getByTestId("read-only-note")).toContainText("报告正在起草中");
  await expect(leader.getByTestId("read-only-note")).not.toContainText("已提交");

  // A number with records behind it (not 0), so the list shows 查询码 and the applicant's name.
  const link = staff.locator('table[data-table="requests"] td[id] a').filter({ hasNotText: /^0$/ }).first();
  const cellId = await link.locator("xpath=..").getAttribute("id");
  expect(cellId).toMatch(/^cell-requests-/);
  await link.click();
  await expect(staff).toHaveURL(/\/cells\/requests\//);
  const records = staff.getByTestId("cell-records");
  await expect(records.getByRole("columnheader", { name: "查询码" })).toBeVisible();
  await expect(records.getByRole("columnheader", { name: "申请编号" })).toHaveCount(0);
  // Staff see the applicant by name, the applicant type beside it.
  await expect(staff.getByTestId("record-applicant").first().locator("span")).toHaveCount(1);
  await staff.screenshot({ path: "/tmp/staff-desk-drilldown.png", fullPage: true });
  await staff.getByTestId("back-to-cell").click();
  await expect(staff).toHaveURL(new RegExp(`#${encodeURIComponent(cellId!).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  expect(await staff.evaluate(() => document.querySelector(":target")?.id)).toBe(cellId);
  await expect(staff.locator(`[id="${cellId}"]`)).toBeInViewport();
  await staff.screenshot({ path: "/tmp/staff-desk-back-to-cell.png" });
});

test("the reviewer's and the leader's boxes say whose opinion they record; a body table is ruled", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `关于公布${Date.now().toString(36)}商贸企业检查结果的通知`;
  const staff = await as(browser, SWJ_STAFF.email);
  await staff.goto("/console/items/new");
  await staff.getByLabel("标题").fill(title);
  await staff.getByLabel("成文日期").fill("2026-11-20");
  await staff.getByLabel("主题分类").selectOption({ label: "市场监管、安全生产监管" });
  await staff
    .getByLabel("正文")
    .fill("检查结果如下：\n\n| 企业 | 结果 |\n| --- | --- |\n| 甲商行 | 合格 |\n| 乙超市 | 整改 |");
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  const itemUrl = staff.url().split("?")[0];
  const cell = staff.locator(".item-body td").first();
  await expect(cell).toHaveText("甲商行");
  expect(await cell.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("solid");
  await staff.getByRole("button", { name: "提交保密审查" }).click();
  await expect(staff.getByTestId("revision-status")).toHaveText("待保密审查");

  const reviewer = await as(browser, SWJ_REVIEWER.email);
  await reviewer.goto(itemUrl);
  await expect(reviewer.getByTestId("transition-pass").getByLabel("保密审查意见", { exact: true })).toBeVisible();
  await expect(
    reviewer.getByTestId("transition-returnFromReview").getByLabel("保密审查意见（退回原因）"),
  ).toBeVisible();
  await reviewer.screenshot({ path: "/tmp/staff-desk-review.png", fullPage: true });
  await reviewer.getByTestId("transition-pass").getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByTestId("revision-status")).toHaveText("待领导审定");

  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(itemUrl);
  await expect(leader.getByTestId("transition-approve").getByLabel("领导审批意见", { exact: true })).toBeVisible();
  await expect(
    leader.getByTestId("transition-returnFromApproval").getByLabel("领导审批意见（退回原因）"),
  ).toBeVisible();
  await expect(leader.getByLabel("保密审查意见", { exact: true })).toHaveCount(0);
});
