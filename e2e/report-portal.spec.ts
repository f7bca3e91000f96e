// The public annual reports (年度报告) as a visitor uses them: /reports → the agency → a year's report laid out
// like the official document (tables 二/三/四, or the older format's table), the print view, the PDF download,
// every version and the counting rules; WCAG 2.1 AA (axe: no serious or critical violation) and 360 px
// without page scrolling. Drafts are created with unique markers (e2e/support/report-portal-data.ts) and must
// never appear on any public page, PDF or API answer.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { extractPdfText } from "@/lib/attachments/extract-text";
import { e2eDatabaseUrl } from "./support/database";
import type { ReportPortalData } from "./support/report-portal-data";

const COMMERCE = "350403001";
const FINANCE = "350403002";
const AGENCY_NAME = "三明市三元区商务局";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let data: ReportPortalData;

test.beforeAll(() => {
  const out = execFileSync(
    path.join("node_modules", ".bin", "tsx"),
    [path.join("e2e", "support", "report-portal-data.ts")],
    {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  data = JSON.parse(out.trim().split("\n").pop()!) as ReportPortalData;
});

/** The text of a PDF, read back with pdf.js (the fonts are embedded subsets: glyph ids, not characters, in the
 * content streams); lines are joined, as a sentence may wrap. */
async function pdfText(bytes: Buffer): Promise<string> {
  return (await extractPdfText(bytes)).replace(/\n/g, "");
}

test("a visitor finds a report from /reports, reads it like the official document, prints it and downloads the PDF", async ({
  page,
}) => {
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政府信息公开工作年度报告");
  await page.getByRole("link", { name: AGENCY_NAME, exact: true }).click();
  await expect(page).toHaveURL(`/reports/${COMMERCE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${AGENCY_NAME}政府信息公开工作年度报告`);
  // Charts over the years are images with titles, and their figures are in a table too.
  await expect(page.getByRole("img", { name: /主动公开政府信息数/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /历年主要数据/ }).getByRole("rowheader", { name: "2017年" }),
  ).toBeVisible();

  await page.getByRole("link", { name: `${AGENCY_NAME}2024年政府信息公开工作年度报告` }).click();
  await expect(page).toHaveURL(`/reports/${COMMERCE}/2024`);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${AGENCY_NAME}2024年政府信息公开工作年度报告`);
  await expect(main).toContainText(data.published.overview2);
  await expect(main).not.toContainText(data.published.overview1);
  for (const heading of [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const proactive = page.locator('table[data-table="proactive"]');
  await expect(proactive.getByRole("row").filter({ hasText: "行政许可" })).toContainText("28");
  const requests = page.locator('table[data-table="requests"]');
  await expect(requests.getByRole("columnheader", { name: "申请人情况" })).toBeVisible();
  await expect(requests.getByRole("rowheader", { name: "（七）总计" })).toBeVisible();
  await expect(requests.getByRole("row")).toHaveCount(28);
  await expect(page.locator('table[data-table="appeals"] td')).toHaveCount(15);
  await expect(main).toContainText("2024年度，本机关未收取政府信息公开信息处理费。");

  // 打印本页: the print style hides the portal's chrome and the page's buttons, not the document.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印本页" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("table", { name: "版本记录" })).toBeHidden();
  await expect(page.getByRole("link", { name: "下载PDF" })).toBeHidden();
  await expect(requests).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // 下载PDF: a file named after the report, holding its text.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${AGENCY_NAME}2024年政府信息公开工作年度报告.pdf`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = await pdfText(bytes);
  expect(text).toContain(data.published.overview2);
  expect(text).toContain("申请人情况");

  // Every version stays readable: version 1 from the list, with a note that it was corrected.
  const versions = page.getByRole("table", { name: "版本记录" });
  await expect(versions).toContainText(data.published.reason);
  await expect(versions).toContainText("首次发布");
  await versions.getByRole("link", { name: "版本 1" }).click();
  await expect(page).toHaveURL(`/reports/${COMMERCE}/2024?version=1`);
  await expect(main).toContainText(data.published.overview1);
  await expect(page.getByRole("note")).toContainText("已被更正");

  // 统计口径说明.
  await page.getByRole("link", { name: "统计口径说明" }).click();
  await expect(page.getByTestId("counting-rules")).toContainText("本年新收政府信息公开申请数量");

  // The older format (the demo's 2017 report, as in the seed): 指标名称 | 单位 | 2017 | 历年累计.
  await page.goto(`/reports/${COMMERCE}/2017`);
  const legacy = page.locator('table[data-table="legacy"]');
  await expect(legacy.getByRole("columnheader")).toHaveText(["指标名称", "单位", "2017", "历年累计"]);
  await expect(legacy.getByRole("row").filter({ hasText: "主动公开文件数" }).first()).toContainText(/15\s*27/);
});

const PAGES = [
  "/reports",
  `/reports/${COMMERCE}`,
  `/reports/${COMMERCE}/2024`,
  `/reports/${COMMERCE}/2024?version=1`,
  `/reports/${COMMERCE}/2017`,
  `/reports/${COMMERCE}/2024/explanation`,
];

function describeViolations(url: string, violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations
    .map(
      (v) =>
        `${url} — ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`,
    )
    .join("\n");
}

test("the report pages have no serious or critical WCAG 2.1 AA violations", async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const url of PAGES) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    if (serious.length) found.push(describeViolations(url, serious));
  }
  expect(found, found.join("\n")).toEqual([]);
});

test("at 360 px the pages never scroll sideways; the tables scroll inside their own region", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflowing: string[] = [];
  for (const url of PAGES) {
    await page.goto(url);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) overflowing.push(`${url}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
  }
  expect(overflowing, overflowing.join("\n")).toEqual([]);
  await page.goto(`/reports/${COMMERCE}/2024`);
  const region = page.getByRole("region", { name: "三、收到和处理政府信息公开申请情况" });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

/** Every public page, PDF and API answer about the reports, by path. */
async function crawlReports(request: APIRequestContext): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  const fetch = async (url: string) => {
    if (bodies.has(url)) return bodies.get(url)!;
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    const body = url.includes("/pdf") ? await pdfText(await response.body()) : await response.text();
    bodies.set(url, body);
    return body;
  };
  const links = (html: string, pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const list = await fetch("/reports");
  for (const agencyPage of new Set([
    ...links(list, /href="(\/reports\/[^/"?]+)"/g),
    `/reports/${COMMERCE}`,
    `/reports/${FINANCE}`,
  ])) {
    const html = await fetch(agencyPage);
    for (const reportPage of new Set(links(html + list, /href="(\/reports\/[^/"]+\/\d{4}[^"]*)"/g))) {
      const report = await fetch(reportPage);
      for (const more of links(report, /href="(\/reports\/[^"]+)"/g)) await fetch(more);
    }
  }
  await fetch(`/api/v1/agencies/${COMMERCE}/reports`);
  await fetch(`/api/v1/agencies/${FINANCE}/reports`);
  for (const year of [2017, 2024]) {
    await fetch(`/api/v1/agencies/${COMMERCE}/reports/${year}`);
    await fetch(`/api/v1/agencies/${COMMERCE}/reports/${year}?format=legacy`);
  }
  return bodies;
}

test("a draft report's text never appears on a public page, PDF or API answer, and its URLs answer 404", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const bodies = await crawlReports(request);
  expect([...bodies.keys()].some((url) => url.endsWith("/pdf") || url.includes("/pdf?"))).toBe(true);
  expect(bodies.size).toBeGreaterThan(10);
  for (const [url, body] of bodies)
    for (const marker of data.draftMarkers) expect(body.includes(marker), `${marker} appears in ${url}`).toBe(false);
  for (const url of [
    `/reports/${COMMERCE}/2023`,
    `/reports/${COMMERCE}/2023/pdf`,
    `/reports/${COMMERCE}/2023/explanation`,
    `/reports/${FINANCE}/2025`,
    `/reports/${FINANCE}/2025/pdf`,
    `/api/v1/agencies/${FINANCE}/reports/2025`,
    `/api/v1/agencies/${COMMERCE}/reports/2023`,
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    const body = await response.text();
    for (const marker of data.draftMarkers) expect(body.includes(marker), `${marker} in ${url}`).toBe(false);
  }
});

test("keyboard users can scroll a wide table: its region takes focus", async ({ page }: { page: Page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/reports/${COMMERCE}/2024`);
  const region = page.getByRole("region", { name: "四、政府信息公开行政复议、行政诉讼情况" });
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
