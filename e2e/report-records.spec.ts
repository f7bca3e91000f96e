// The annual report's records besides requests and items: the dashboard warning while last year's report is
// unpublished, 行政申诉、举报 recorded as records, and the older format's historical figures (entered and imported).
import iconv from "iconv-lite";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CZJ_STAFF, SWJ_LEADER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { chinaToday, yearOf } from "@/lib/calendar/calendar-date";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, email);
  return page;
}

test("staff see last year's report is late, record a complaint and its outcome, enter and import historical figures", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // 财政局's report of last year is never published in the e2e run (the report journey publishes 商务局's).
  const finance = await as(browser, CZJ_STAFF.email);
  const warning = finance.locator("[data-report-warning]");
  const today = chinaToday();
  const due = yearOf(today) - 1; // last year's report
  await expect(warning).toContainText(`${due}年度政府信息公开工作年度报告尚未发布，应于${due + 1}年1月31日前发布`);
  if (today > `${due + 1}-01-31`) await expect(warning).toContainText("已逾期");

  const staff = await as(browser, SWJ_STAFF.email);

  // Complaints
  await staff.goto("/console/complaints");
  await expect(staff.getByRole("heading", { level: 1, name: "行政申诉、举报" })).toBeVisible();
  const form = staff.getByTestId("record-complaint");
  await form.getByRole("button", { name: "登记" }).click();
  await expect(form.getByText("请填写此项。").first()).toBeVisible();
  await form.getByLabel("类别").selectOption("REPORT");
  await form.getByLabel("收到日期").fill("2026-11-20");
  await form.getByLabel("主要内容").fill("举报网站信息更新不及时。");
  await form.getByRole("button", { name: "登记" }).click();
  await expect(staff.getByTestId("complaints")).toContainText("举报网站信息更新不及时。");
  await staff.getByRole("link", { name: "举报网站信息更新不及时。" }).click();
  const outcome = staff.getByTestId("record-complaint-outcome");
  await outcome.getByLabel("处理日期").fill("2026-11-19");
  await outcome.getByLabel("处理结果").fill("已更新。");
  await outcome.getByRole("button", { name: "登记处理结果" }).click();
  await expect(outcome.getByText("处理日期不能早于收到日期。")).toBeVisible();
  await outcome.getByLabel("处理日期").fill("2026-11-25");
  await outcome.getByLabel("处理结果").fill("已更新。");
  await outcome.getByRole("button", { name: "登记处理结果" }).click();
  await expect(staff.getByTestId("complaint-handled-on")).toHaveText("2026-11-25");

  // Leader reads, cannot record
  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto("/console/complaints");
  await expect(leader.getByTestId("complaints")).toContainText("举报网站信息更新不及时。");
  await expect(leader.getByTestId("record-complaint")).toHaveCount(0);

  // History: 商务局 has records from 2008, 财政局 none
  await staff.goto("/console/reports/history");
  await expect(staff.getByTestId("first-record")).toContainText("2008");
  await finance.goto("/console/reports");
  await finance.getByRole("link", { name: "历史年报数据（2008—2018年）" }).click();
  await expect(finance.getByTestId("first-record")).toContainText("还没有记录");
  const yearForm = finance.getByTestId("history-form-new");
  await yearForm.getByLabel("年度").fill("2012");
  await yearForm.getByLabel("数据来源").fill("2012年度报告（纸质）");
  await yearForm.getByLabel("主动公开文件数 本年").fill("4");
  await yearForm.getByLabel("主动公开文件数 历年累计").fill("3");
  await yearForm.getByRole("button", { name: "保存该年度" }).click();
  await expect(yearForm.getByText("历年累计不能小于本年数。")).toBeVisible();
  await yearForm.getByLabel("主动公开文件数 历年累计").fill("6");
  await yearForm.getByRole("button", { name: "保存该年度" }).click();
  await expect(finance.getByTestId("history-year-2012")).toBeVisible();

  // Import (GBK) with an error
  const lines = [
    "year,key,this_year,cumulative,source",
    ...LEGACY_ROW_KEYS.map(
      (k) => `2013,${k},${k === "proactive.total" ? 2 : 0},${k === "proactive.total" ? 7 : 0},2013年度报告（纸质）`,
    ),
  ];
  await finance
    .locator("#history-file")
    .setInputFiles({ name: "历史.csv", mimeType: "text/csv", buffer: iconv.encode(lines.join("\r\n"), "gbk") });
  await finance.getByTestId("history-import").getByRole("button", { name: "导入" }).click();
  await expect(finance.getByRole("heading", { name: /文件中有 1 处问题/ })).toBeVisible();
  lines[1] = lines[1].replace(",2,7,", ",2,8,");
  await finance
    .locator("#history-file")
    .setInputFiles({ name: "历史.csv", mimeType: "text/csv", buffer: iconv.encode(lines.join("\r\n"), "gbk") });
  await finance.getByTestId("history-import").getByRole("button", { name: "导入" }).click();
  await expect(finance.getByText("已导入2013年度共 15 行数据。")).toBeVisible();
  await expect(finance.getByTestId("history-year-2013")).toBeVisible();
});
