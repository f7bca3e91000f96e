// A failed save changes nothing (issue 18): in the item form, the portal request form and the console
// registration form, every field is filled, one is refused, and every other field is still as the user left
// it — above all the item's 公开属性, which a refusal used to put back to 主动公开 (then saved as such).
import { expect, test, type Page } from "@playwright/test";
import { SWJ_LEADER, SWJ_REVIEWER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

/** Fills every field of the item form: a 不予公开 draft, its reason left empty. */
async function fillItem(page: Page, title: string) {
  const form = page.getByTestId("item-form");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("文号").fill("元商务〔2026〕30号");
  await page.getByLabel("成文日期").fill("2026-11-02");
  await page.getByLabel("主题分类").selectOption({ label: "商贸、海关、旅游" });
  await page.getByLabel("目录分类").selectOption({ label: "安全生产、应急管理类" });
  await page.getByLabel("体裁").selectOption({ label: "公告" });
  await page.getByLabel("文件类型").selectOption({ label: "行政规范性文件" });
  await form.getByLabel("政府网站").uncheck();
  await form.getByLabel("政府公报").check();
  await form.getByLabel("公开栏").check();
  await page.getByLabel("关键词").fill("企业名单，检查");
  await page.getByLabel("内容概述").fill("检查企业名单及处理情况。");
  await page.getByLabel("正文").fill("各有关企业：\n\n名单见附件。");
  await form.getByLabel("不予公开", { exact: true }).check();
  await page.getByLabel("不公开的法律依据").selectOption({ label: "涉及商业秘密、个人隐私等第三方合法权益" });
}

/** Every field of the item form as fillItem left it. */
async function expectItemFields(page: Page, title: string) {
  const form = page.getByTestId("item-form");
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByLabel("文号")).toHaveValue("元商务〔2026〕30号");
  await expect(page.getByLabel("成文日期")).toHaveValue("2026-11-02");
  await expect(page.getByLabel("主题分类").locator("option:checked")).toHaveText("商贸、海关、旅游");
  await expect(page.getByLabel("目录分类").locator("option:checked")).toHaveText("安全生产、应急管理类");
  await expect(page.getByLabel("体裁").locator("option:checked")).toHaveText("公告");
  await expect(page.getByLabel("文件类型").locator("option:checked")).toHaveText("行政规范性文件");
  await expect(form.getByLabel("政府网站")).not.toBeChecked();
  await expect(form.getByLabel("政府公报")).toBeChecked();
  await expect(form.getByLabel("公开栏")).toBeChecked();
  await expect(page.getByLabel("关键词")).toHaveValue(/企业名单/);
  await expect(page.getByLabel("内容概述")).toHaveValue("检查企业名单及处理情况。");
  await expect(page.getByLabel("正文")).toHaveValue("各有关企业：\n\n名单见附件。");
  await expect(form.getByLabel("不予公开", { exact: true })).toBeChecked();
  await expect(form.getByLabel("主动公开", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("不公开的法律依据").locator("option:checked")).toHaveText(
    "涉及商业秘密、个人隐私等第三方合法权益",
  );
}

test("item form: a 不予公开 draft refused for its missing reason keeps every field, and is saved as 不予公开", async ({
  page,
}) => {
  await signIn(page, SWJ_STAFF.email);
  await page.goto("/console/items/new");
  const title = `关于${Date.now().toString(36)}企业名单的说明`;
  await fillItem(page, title);
  // 不公开的理由 left empty: refused, and nothing else changes.
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("不予主动公开的，必须依法依规说明理由。")).toBeVisible();
  await expect(page).toHaveURL(/\/console\/items\/new$/);
  await expectItemFields(page, title);

  // A second refusal in a row keeps everything too.
  await page.getByLabel("成文日期").fill("");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByLabel("成文日期")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("成文日期").fill("2026-11-02");
  await expectItemFields(page, title);

  // Fixed, it is saved as 不予公开 — never as 主动公开.
  await page.getByLabel("不公开的理由").fill("名单涉及企业商业秘密，公开会损害其合法权益。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  const metadata = page.locator('section[aria-labelledby="metadata-title"]');
  await expect(metadata).toContainText("不予公开");
  await expect(metadata).toContainText("名单涉及企业商业秘密");
  await expect(metadata).toContainText("元商务〔2026〕30号");
});

test("portal request form: a refusal keeps every field, the organisation's choices included", async ({ page }) => {
  await page.goto("/requests/new?agency=350403001");
  await page.getByLabel("商业企业").check();
  await page.getByLabel("单位名称").fill("三明某某贸易有限公司");
  await page.getByLabel("联系人").fill("王五");
  await page.getByLabel("证件类型").selectOption({ label: "其他组织证照" });
  await page.getByLabel("证件号码").fill("闽工商字第0001号");
  await page.getByLabel("联系电话").fill("13905980000");
  await page.getByLabel("电子邮箱").fill("wangwu@example.com");
  await page.getByLabel("通信地址").fill("三明市三元区新市中路1号");
  await page.getByLabel("邮政编码").fill("365001");
  // 所需信息的内容描述 left empty: refused.
  await page.getByLabel("信息名称或文号（如知道）").fill("元商务〔2017〕12号");
  await page.getByLabel("用途（选填）").fill("企业经营参考");
  await page.getByRole("group", { name: "所需信息的形式" }).getByLabel("纸质").check();
  await page.getByRole("group", { name: "获取信息的方式" }).getByLabel("邮寄").check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByLabel("所需信息的内容描述")).toHaveAttribute("aria-invalid", "true");

  await expect(page.getByLabel("商业企业")).toBeChecked();
  await expect(page.getByLabel("单位名称")).toHaveValue("三明某某贸易有限公司");
  await expect(page.getByLabel("联系人")).toHaveValue("王五");
  await expect(page.getByLabel("证件类型").locator("option:checked")).toHaveText("其他组织证照");
  await expect(page.getByLabel("证件号码")).toHaveValue("闽工商字第0001号");
  await expect(page.getByLabel("联系电话")).toHaveValue("13905980000");
  await expect(page.getByLabel("电子邮箱")).toHaveValue("wangwu@example.com");
  await expect(page.getByLabel("通信地址")).toHaveValue("三明市三元区新市中路1号");
  await expect(page.getByLabel("邮政编码")).toHaveValue("365001");
  await expect(page.getByLabel("信息名称或文号（如知道）")).toHaveValue("元商务〔2017〕12号");
  await expect(page.getByLabel("用途（选填）")).toHaveValue("企业经营参考");
  await expect(page.getByRole("group", { name: "所需信息的形式" }).getByLabel("纸质")).toBeChecked();
  await expect(page.getByRole("group", { name: "获取信息的方式" }).getByLabel("邮寄")).toBeChecked();
});

test("console registration form: a refusal keeps every field, channel and receipt basis included", async ({ page }) => {
  await signIn(page, SWJ_STAFF.email);
  await page.goto("/console/requests/new");
  const form = page.getByTestId("request-registration-form");
  await page.getByLabel("申请人类型").selectOption({ label: "法律服务机构" });
  await page.getByLabel("申请人姓名或名称").fill("福建某某律师事务所");
  await page.getByLabel("联系人").fill("赵律师");
  await page.getByLabel("证件类型").selectOption({ label: "其他组织证照" });
  await page.getByLabel("证件号码").fill("闽司律证第0002号");
  await page.getByLabel("联系电话").fill("0598-8220000");
  await page.getByLabel("电子邮箱").fill("lawyer@example.com");
  await page.getByLabel("通讯地址").fill("三明市三元区列东街2号");
  await page.getByLabel("邮政编码").fill("365000");
  // 所需信息的名称、文号或内容描述 left empty: refused.
  await page.getByLabel("文件名称或文号（如知道）").fill("元商务〔2017〕5号");
  await page.getByLabel("申请用途（选填）").fill("代理诉讼");
  await page.getByLabel("信息的载体形式").selectOption({ label: "纸质" });
  await page.getByLabel("获取信息的方式").selectOption({ label: "邮寄" });
  await page.getByLabel("申请方式").selectOption({ label: "信函" });
  await form.getByLabel(/挂号信等需签收邮件的签收之日/).check();
  await page.getByLabel("收到申请日期").fill("2026-11-30");
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(page.getByLabel("所需信息的名称、文号或内容描述")).toHaveAttribute("aria-invalid", "true");

  await expect(page.getByLabel("申请人类型").locator("option:checked")).toHaveText("法律服务机构");
  await expect(page.getByLabel("申请人姓名或名称")).toHaveValue("福建某某律师事务所");
  await expect(page.getByLabel("联系人")).toHaveValue("赵律师");
  await expect(page.getByLabel("证件类型").locator("option:checked")).toHaveText("其他组织证照");
  await expect(page.getByLabel("证件号码")).toHaveValue("闽司律证第0002号");
  await expect(page.getByLabel("联系电话")).toHaveValue("0598-8220000");
  await expect(page.getByLabel("电子邮箱")).toHaveValue("lawyer@example.com");
  await expect(page.getByLabel("通讯地址")).toHaveValue("三明市三元区列东街2号");
  await expect(page.getByLabel("邮政编码")).toHaveValue("365000");
  await expect(page.getByLabel("文件名称或文号（如知道）")).toHaveValue("元商务〔2017〕5号");
  await expect(page.getByLabel("申请用途（选填）")).toHaveValue("代理诉讼");
  await expect(page.getByLabel("信息的载体形式").locator("option:checked")).toHaveText("纸质");
  await expect(page.getByLabel("获取信息的方式").locator("option:checked")).toHaveText("邮寄");
  await expect(page.getByLabel("申请方式").locator("option:checked")).toHaveText("信函");
  await expect(form.getByLabel(/挂号信等需签收邮件的签收之日/)).toBeChecked();
  await expect(page.getByLabel("收到申请日期")).toHaveValue("2026-11-30");
});

test("the leader sees the 保密审查意见 beside the approve button; the audit trail reads as sentences", async ({
  browser,
}) => {
  const as = async (email: string) => {
    const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await signIn(page, email);
    return page;
  };
  const title = `关于${Date.now().toString(36)}商贸统计的通知`;
  const staff = await as(SWJ_STAFF.email);
  await staff.goto("/console/items/new");
  await staff.getByLabel("标题").fill(title);
  await staff.getByLabel("成文日期").fill("2026-11-20");
  await staff.getByLabel("主题分类").selectOption({ label: "商贸、海关、旅游" });
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  const itemUrl = staff.url().split("?")[0];
  await staff.getByRole("button", { name: "提交保密审查" }).click();
  await expect(staff.getByTestId("revision-status")).toHaveText("待保密审查");

  const reviewer = await as(SWJ_REVIEWER.email);
  await reviewer.goto(itemUrl);
  const pass = reviewer.getByTestId("transition-pass");
  await pass.getByLabel("意见").fill("经审查，不涉及国家秘密和敏感信息。");
  await pass.getByRole("button", { name: "保密审查通过" }).click();
  await expect(reviewer.getByTestId("revision-status")).toHaveText("待领导审定");

  const leader = await as(SWJ_LEADER.email);
  await leader.goto(itemUrl);
  const opinion = leader.getByTestId("review-opinion");
  await expect(opinion).toContainText("经审查，不涉及国家秘密和敏感信息。");
  await expect(opinion).toContainText("陈审查");
  await leader.getByTestId("transition-approve").getByRole("button", { name: "审定发布" }).click();
  await expect(leader.getByTestId("item-state")).toHaveText("已发布");

  await leader.getByRole("link", { name: "查看此信息的审计日志" }).click();
  const sentences = leader.getByTestId("audit-sentence");
  await expect(sentences.filter({ hasText: /^王局长 审定并发布第1版（索引号 350403001\/\d{4}-\d{5}）$/ })).toHaveCount(
    1,
  );
  await expect(
    sentences.filter({ hasText: "陈审查 保密审查通过第1版，意见：经审查，不涉及国家秘密和敏感信息。" }),
  ).toHaveCount(1);
  await expect(sentences.filter({ hasText: "林经办 将第1版提交保密审查" })).toHaveCount(1);
});
