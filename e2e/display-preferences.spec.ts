// 适老化 (issue 14): every portal page offers a larger text size and a high-contrast mode, remembered by this
// browser across pages and visits; axe finds no serious or critical violation in any mode.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const toolbar = (page: Page) => page.getByRole("group", { name: "显示设置" });
const rootFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("text size and high contrast are remembered across pages and visits", async ({ page }) => {
  await page.goto("/");
  const standard = await rootFontSize(page);
  await toolbar(page).getByRole("button", { name: "特大" }).click();
  await expect(toolbar(page).getByRole("button", { name: "特大" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "x-large");
  expect(await rootFontSize(page)).toBeCloseTo(standard * 1.375, 0);

  await toolbar(page).getByRole("button", { name: "高对比度" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(0, 0, 0)");

  // Another page, then a new visit: still chosen.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "公开指南" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "x-large");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  await expect(toolbar(page).getByRole("button", { name: "高对比度" })).toHaveAttribute("aria-pressed", "true");

  // Back to standard.
  await toolbar(page).getByRole("button", { name: "标准" }).click();
  await toolbar(page).getByRole("button", { name: "高对比度" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "standard");
  expect(await rootFontSize(page)).toBeCloseTo(standard, 0);
});

test("no serious or critical accessibility violation in any display mode, and no sideways scroll at 360 px", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const [size, contrast] of [
    ["large", false],
    ["x-large", true],
  ] as const) {
    await page.goto("/");
    await toolbar(page)
      .getByRole("button", { name: size === "large" ? "大" : "特大", exact: true })
      .click();
    if (contrast) await toolbar(page).getByRole("button", { name: "高对比度" }).click();
    for (const path of ["/", "/catalogue/350403001", "/guide/350403001"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-text-size", size);
      found.push(...(await seriousViolations(page)));
    }
  }
  expect(found, found.join("\n")).toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "x-large");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
