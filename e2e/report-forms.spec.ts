// A refused save never loses what was typed (issue 18): on the annual report's forms — the narrative, 表二's
// entered figures, a historical year of the older format — and on the form recording a 行政复议/行政诉讼 without a
// request, 财政局's 经办人 fills every field, one is refused next to its field, and every other field still holds
// what was typed. Uses 财政局 (its 2024 report, history year 2010) so it never meets the other report specs' data.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CZJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, email);
  return page;
}

test("the report forms and the appeal form keep every field after a refused save", async ({ browser }) => {
  test.setTimeout(180_000);
  const staff = await as(browser, CZJ_STAFF.email);

  // 财政局's 2024 report.
  await staff.goto("/console/reports");
  const open = staff.getByTestId("report-open-form");
  await open.getByLabel("年度").fill("2024");
  await open.getByRole("button", { name: "打开报告" }).click();
  await expect(staff).toHaveURL(/\/console\/reports\/[0-9a-f-]{36}$/);

  // Narrative: 一、总体情况 too long; the other sections and the long text itself stay.
  const narrative = staff.getByTestId("report-narrative-form");
  const texts = {
    引言: "本报告根据《中华人民共和国政府信息公开条例》编制。（财政局）",
    "五、存在的主要问题及改进情况": "主动公开的及时性有待提高。（财政局）",
    "六、其他需要报告的事项": "本年度未收取信息处理费。（财政局）",
  };
  for (const [label, text] of Object.entries(texts)) await narrative.getByLabel(label).fill(text);
  const tooLong = "财".repeat(20_001);
  await narrative.getByLabel("一、总体情况").fill(tooLong);
  await narrative.getByRole("button", { name: "保存文字部分" }).click();
  await expect(narrative.getByText("内容太长了，请删减。")).toBeVisible();
  for (const [label, text] of Object.entries(texts)) await expect(narrative.getByLabel(label)).toHaveValue(text);
  await expect(narrative.getByLabel("一、总体情况")).toHaveValue(tooLong);

  // An entered figure: the value refused, its source kept (and the value as typed).
  const licensing = staff.getByTestId("figure-licensing.decisions");
  await licensing.getByLabel(/数值/).fill("三十六");
  await licensing.getByLabel("数据来源").fill("区政务服务中心审批系统2024年统计");
  await licensing.getByRole("button", { name: "保存" }).click();
  await expect(licensing.getByText("请填写整数（件数），例如 36。")).toBeVisible();
  await expect(licensing.getByLabel(/数值/)).toHaveValue("三十六");
  await expect(licensing.getByLabel("数据来源")).toHaveValue("区政务服务中心审批系统2024年统计");
  // Another figure's unsaved text is untouched by that refusal.
  const penalty = staff.getByTestId("figure-penalty.decisions");
  await expect(penalty.getByLabel("数据来源")).toHaveValue("");

  // A historical year (older format): one cell refused, the year, the source and every other cell kept.
  await staff.goto("/console/reports/history");
  const year = staff.getByTestId("history-form-new");
  await year.getByLabel("年度").fill("2010");
  await year.getByLabel("数据来源").fill("2010年度报告（纸质）");
  await year.getByLabel("主动公开文件数 本年").fill("12");
  await year.getByLabel("主动公开文件数 历年累计").fill("30");
  await year.getByLabel("行政复议数 本年").fill("1");
  await year.getByLabel("行政诉讼数 本年").fill("两件");
  await year.getByRole("button", { name: "保存该年度" }).click();
  await expect(year.getByText("请填写0或正整数。")).toBeVisible();
  await expect(year.getByLabel("年度")).toHaveValue("2010");
  await expect(year.getByLabel("数据来源")).toHaveValue("2010年度报告（纸质）");
  await expect(year.getByLabel("主动公开文件数 本年")).toHaveValue("12");
  await expect(year.getByLabel("主动公开文件数 历年累计")).toHaveValue("30");
  await expect(year.getByLabel("行政复议数 本年")).toHaveValue("1");
  await expect(year.getByLabel("行政诉讼数 本年")).toHaveValue("两件");

  // A 行政复议 without a request: filed in the future is refused; what it is about, the kind and the body stay.
  await staff.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "行政复议、行政诉讼" }).click();
  const appeal = staff.getByTestId("record-agency-appeal");
  await appeal.getByLabel("涉及事项").selectOption({ label: "更正政府信息记录的申请" });
  await appeal.getByLabel("案件概要").fill("对更正企业补贴发放记录申请的处理不服");
  await appeal.getByLabel("类别").selectOption({ label: "行政诉讼（未经复议直接起诉）" });
  await appeal.getByLabel("提起日期").fill("2099-01-04");
  await appeal.getByLabel("复议机关或法院").fill("三明市三元区人民法院");
  await appeal.getByRole("button", { name: "登记" }).click();
  await expect(appeal.getByText("日期不能晚于今天。")).toBeVisible();
  await expect(appeal.getByLabel("涉及事项")).toHaveValue("CORRECTION");
  await expect(appeal.getByLabel("案件概要")).toHaveValue("对更正企业补贴发放记录申请的处理不服");
  await expect(appeal.getByLabel("类别")).toHaveValue("LAWSUIT_DIRECT");
  await expect(appeal.getByLabel("提起日期")).toHaveValue("2099-01-04");
  await expect(appeal.getByLabel("复议机关或法院")).toHaveValue("三明市三元区人民法院");
  // Corrected, it is recorded and listed.
  await appeal.getByLabel("提起日期").fill("2024-06-03");
  await appeal.getByRole("button", { name: "登记" }).click();
  await expect(appeal.getByRole("status")).toHaveText("已登记。");
  await expect(staff.getByTestId("agency-appeals")).toContainText("对更正企业补贴发放记录申请的处理不服");
  const axe = await new AxeBuilder({ page: staff }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Its page: a result dated before the filing is refused; the result chosen and the note stay.
  await staff.getByTestId("agency-appeals").getByRole("link", { name: "对更正企业补贴发放记录申请的处理不服" }).click();
  await expect(staff.getByTestId("appeal-subject")).toHaveText("更正政府信息记录的申请");
  const result = staff.getByTestId("update-agency-appeal");
  await result.getByLabel("结果").selectOption({ label: "结果纠正" });
  await result.getByLabel("审结日期").fill("2024-05-01");
  await result.getByLabel("备注").fill("法院判决重新处理");
  await result.getByRole("button", { name: "保存结果" }).click();
  await expect(result.getByText("审结日期不能早于提起日期。")).toBeVisible();
  await expect(result.getByLabel("结果")).toHaveValue("CORRECTED");
  await expect(result.getByLabel("审结日期")).toHaveValue("2024-05-01");
  await expect(result.getByLabel("备注")).toHaveValue("法院判决重新处理");
  await result.getByLabel("审结日期").fill("2024-11-20");
  await result.getByRole("button", { name: "保存结果" }).click();
  await expect(result.getByRole("status")).toHaveText("结果已保存。");
  await expect(staff.getByTestId("appeal-result")).toHaveText("结果纠正（2024-11-20）");
});
