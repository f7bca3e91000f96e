// The annual report's journey (年度报告): 经办人 opens 三元区商务局's 2025 report, writes the narrative, enters
// 表二's figures with their sources and submits it; the 领导 approves and publishes it; an anonymous visitor
// reads the published report on the portal and downloads its PDF.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SWJ_LEADER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, email);
  return page;
}

const OVERVIEW = "2025年，三元区商务局坚持以公开为常态、不公开为例外，全面推进政务公开工作。";
const FIGURES = [
  { key: "licensing.decisions", value: "36", source: "区政务服务中心审批系统2025年统计" },
  { key: "penalty.decisions", value: "4", source: "区行政执法平台2025年统计" },
  { key: "coercion.decisions", value: "0", source: "区行政执法平台2025年统计" },
  { key: "fees.amount", value: "0", source: "区财政非税收入管理系统" },
];

test("staff write the 2025 report, a leader approves it, the public reads it and downloads the PDF", async ({
  browser,
  page: visitor,
}) => {
  test.setTimeout(180_000);

  // 经办人 opens the 2025 report of the agency.
  const staff = await as(browser, SWJ_STAFF.email);
  await staff.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "年度报告" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "年度报告" })).toBeVisible();
  const open = staff.getByTestId("report-open-form");
  await open.getByLabel("年度").fill("2025");
  await open.getByRole("button", { name: "打开报告" }).click();
  await expect(staff).toHaveURL(/\/console\/reports\/[0-9a-f-]{36}$/);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("三明市三元区商务局2025年政府信息公开工作年度报告");
  await expect(staff.getByTestId("report-status")).toHaveText("起草中");
  const reportUrl = staff.url();

  // The narrative, with the figures to cite beside it.
  await expect(staff.getByTestId("writer-figures")).toContainText("收到政府信息公开申请");
  const narrative = staff.getByTestId("report-narrative-form");
  await narrative.getByLabel("引言").fill("本报告根据《中华人民共和国政府信息公开条例》编制。");
  await narrative.getByLabel("一、总体情况").fill(OVERVIEW);
  await narrative.getByLabel("五、存在的主要问题及改进情况").fill("政策解读的形式还不够丰富。");
  await narrative.getByLabel("六、其他需要报告的事项").fill("本年度未收取信息处理费。");
  await narrative.getByRole("button", { name: "保存文字部分" }).click();
  await expect(narrative.getByRole("status")).toHaveText("文字部分已保存。");

  // 表二's figures from other systems, each with its source; a wrong value is refused next to its field.
  const licensing = staff.getByTestId("figure-licensing.decisions");
  await licensing.getByLabel(/数值/).fill("3.5");
  await licensing.getByLabel("数据来源").fill(FIGURES[0].source);
  await licensing.getByRole("button", { name: "保存" }).click();
  await expect(licensing.getByText("请填写整数（件数），例如 36。")).toBeVisible();
  for (const figure of FIGURES) {
    const form = staff.getByTestId(`figure-${figure.key}`);
    await form.getByLabel(/数值/).fill(figure.value);
    await form.getByLabel("数据来源").fill(figure.source);
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存。");
  }
  await staff.reload();
  await expect(staff.getByTestId("reconciliation-ok")).toBeVisible();
  // The workspace (editor, forms, live tables) meets WCAG 2.1 AA as the portal does.
  const axe = await new AxeBuilder({ page: staff }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await expect(staff.getByTestId("missing-figures")).toHaveCount(0);
  // Every number of the live tables is a drill-down link.
  await expect(staff.locator('table[data-table="requests"] a').first()).toHaveAttribute("href", /\/cells\/requests\//);

  // Staff submit; they have no approve button.
  await staff.getByTestId("report-submit").getByRole("button", { name: "提交领导审定" }).click();
  await expect(staff.getByTestId("report-status")).toHaveText("待领导审定");
  await expect(staff.getByTestId("report-approve")).toHaveCount(0);

  // The leader approves and publishes: version 1.
  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(reportUrl);
  await expect(leader.getByTestId("report-narrative")).toContainText(OVERVIEW);
  await leader.getByTestId("report-approve").getByRole("button", { name: "审定并发布" }).click();
  await expect(leader.getByTestId("report-status")).toHaveText("已发布");
  await expect(leader.getByTestId("report-versions")).toContainText("首次发布");
  // The published version's numbers drill down to the records frozen with it.
  await leader.goto(`${reportUrl}/versions/1`);
  await leader.locator('table[data-table="requests"] a').first().click();
  await expect(leader).toHaveURL(/\/versions\/1\/cells\/requests\//);
  await expect(leader.getByTestId("cell-frozen")).toBeVisible();

  // Anyone reads it on the portal, laid out like the document, and downloads the PDF.
  await visitor.goto("/reports/350403001/2025");
  await expect(visitor.getByRole("main")).toContainText(OVERVIEW);
  const proactive = visitor.locator('table[data-table="proactive"]');
  await expect(proactive.getByRole("row").filter({ hasText: "行政许可" })).toContainText("36");
  const pdfHref = await visitor.getByRole("link", { name: "下载PDF" }).getAttribute("href");
  expect(pdfHref).toBeTruthy();
  const pdf = await visitor.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
