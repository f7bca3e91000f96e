// WCAG 2.1 AA on the portal: axe-core finds no serious or critical violation on the main pages, the
// layouts hold at 360 px without horizontal scrolling, and the portal works from the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const AGENCY = "350403001";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The pages under test; the item page is the newest item of the agency's catalogue. */
async function pagesToCheck(page: Page): Promise<string[]> {
  await page.goto(`/catalogue/${AGENCY}`);
  const itemHref = await page.getByTestId("catalogue-list").locator("a[href^='/items/']").first().getAttribute("href");
  expect(itemHref).toBeTruthy();
  const pages = ["/", `/catalogue/${AGENCY}`, itemHref!, `/guide/${AGENCY}`, "/requests", "/login"];
  // /search is being built; check it once it exists.
  const search = await page.request.get("/search?q=安全");
  if (search.status() !== 404) pages.splice(4, 0, "/search?q=安全");
  return pages;
}

function describeViolations(url: string, violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations
    .map(
      (v) =>
        `${url} — ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`,
    )
    .join("\n");
}

test("the portal pages have no serious or critical WCAG 2.1 AA violations", async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const url of await pagesToCheck(page)) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    if (serious.length) found.push(describeViolations(url, serious));
  }
  expect(found, found.join("\n")).toEqual([]);
});

test("the portal pages hold at 360 px without horizontal scrolling", async ({ page }) => {
  test.setTimeout(90_000);
  const urls = await pagesToCheck(page);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflowing: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) overflowing.push(`${url}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
  }
  expect(overflowing, overflowing.join("\n")).toEqual([]);
});

test("keyboard only: the skip link leads to the content, and the main navigation opens 公开目录", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // The next Tab stop is inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

  await page.goto("/");
  const nav = page.getByRole("navigation", { name: /主导航|导航/ }).first();
  const catalogue = nav.getByRole("link", { name: "公开目录", exact: true });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await catalogue.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(catalogue).toBeFocused();
  // A visible focus indicator: the focused link's outline or box-shadow is not none.
  const indicator = await catalogue.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`;
  });
  expect(indicator, "focus indicator of 公开目录").not.toMatch(/^none \S+ none$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
