// Finding one's way in the portal (《政府网站发展指引》): 当前位置 breadcrumbs, the catalogue's 共 N 条，第 k 页 /
// 共 M 页 across keyset pages with a filter, and catalogue rows as cards on a 360 px phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const AGENCY = "350403001";
const AGENCY_NAME = /三明市三元区商务局/;

const crumbs = (page: Page, name: string) => page.getByRole("navigation", { name, exact: true });

test("an item page says where it is: 首页 › 政府信息公开目录 › agency › title, and each step leads there", async ({
  page,
}) => {
  await page.goto(`/catalogue/${AGENCY}`);
  const first = page.getByTestId("catalogue-list").getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]+$/);
  const nav = crumbs(page, "当前位置");
  const items = nav.getByRole("listitem");
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toHaveText(/首页/);
  await expect(items.nth(1)).toHaveText(/政府信息公开目录/);
  await expect(items.nth(2)).toHaveText(AGENCY_NAME);
  // The page itself: not a link, marked as the current page, its title (cut by graphemes when long).
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(items.nth(3).getByRole("link")).toHaveCount(0);
  const shown = (await current.textContent())!;
  expect(title.startsWith(shown.replace(/…$/, ""))).toBe(true);

  await nav.getByRole("link", { name: AGENCY_NAME }).click();
  await expect(page).toHaveURL(`/catalogue/${AGENCY}`);
  await crumbs(page, "当前位置").getByRole("link", { name: "政府信息公开目录" }).click();
  await expect(page).toHaveURL("/catalogue");
  await crumbs(page, "当前位置").getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL("/");
});

test("in English the breadcrumbs keep the /en prefix", async ({ page }) => {
  await page.goto(`/en/catalogue/${AGENCY}`);
  await page.getByTestId("catalogue-list").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/items\/[0-9a-f-]+$/);
  const nav = crumbs(page, "You are here");
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/en");
  await expect(nav.getByRole("link", { name: "Information catalogue" })).toHaveAttribute("href", "/en/catalogue");
  await nav.getByRole("link", { name: AGENCY_NAME }).click();
  await expect(page).toHaveURL(`/en/catalogue/${AGENCY}`);
  await expect(crumbs(page, "You are here").locator('[aria-current="page"]')).toHaveText(AGENCY_NAME);
});

// The demo agency has 27 public items (other specs publish more while this one runs, so the totals are read from
// the page and checked against what it lists) and no filter of the browse panel holds more than 20 (one page): the
// page numbers are followed across the pages of the whole catalogue, the totals of a filter checked against the
// browse panel, and a filter chosen on page 2 starts again at page 1.
const TOTALS = /^共 (\d+) 条，第 (\d+) 页 \/ 共 (\d+) 页$/;
async function totalsOf(page: Page) {
  const text = (await page.getByTestId("catalogue-totals").textContent())?.trim() ?? "";
  const match = TOTALS.exec(text);
  expect(match, text).not.toBeNull();
  const [count, current, pages] = match!.slice(1).map(Number);
  expect(pages).toBe(Math.max(1, Math.ceil(count / 20)));
  return { count, current, pages };
}

test("the catalogue counts the items of the filter and numbers the pages across the keyset cursor", async ({
  page,
}) => {
  await page.goto(`/catalogue/${AGENCY}`);
  const totals = page.getByTestId("catalogue-totals");
  const list = page.getByTestId("catalogue-list").locator("tbody tr");
  await expect(totals).toHaveText(TOTALS);
  const first = await totalsOf(page);
  expect(first.count).toBeGreaterThanOrEqual(27);
  expect(first.current).toBe(1);
  await expect(list).toHaveCount(20);
  await page.getByRole("navigation", { name: "翻页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/after=.*page=2/);
  await expect(totals).toHaveText(/第 2 页/);
  expect((await totalsOf(page)).current).toBe(2);
  // Items published meanwhile are newer: they come before the cursor, not after it.
  await expect(list).toHaveCount(Math.min(20, first.count - 20));

  // A tampered page number neither changes the rows nor shows a page that does not exist.
  const rows = await list.allTextContents();
  await page.goto(page.url().replace("page=2", "page=9999"));
  const tampered = await totalsOf(page);
  expect(tampered.current).toBeLessThanOrEqual(tampered.pages);
  expect(await list.allTextContents()).toEqual(rows);

  // A filter from page 2: its own total (the browse panel's count), back to page 1.
  const year = page.getByRole("navigation", { name: "年份" }).getByRole("link", { name: /2017年/ });
  const count = Number((await year.locator("span").last().textContent())?.trim());
  await year.click();
  await expect(page).toHaveURL(/year=2017/);
  expect(page.url()).not.toMatch(/after=|page=/);
  await expect(totals).toHaveText(`共 ${count} 条，第 1 页 / 共 1 页`);
  await expect(list).toHaveCount(count);
  // Filters combine, and the total follows them.
  const genre = page.getByRole("navigation", { name: "体裁" }).getByRole("link", { name: /通知/ });
  await genre.click();
  await expect(page).toHaveURL(/year=2017.*genre=NOTICE|genre=NOTICE.*year=2017/);
  await expect(list.first()).toBeVisible();
  const shown = await list.count();
  expect(shown).toBeLessThan(count);
  await expect(totals).toHaveText(`共 ${shown} 条，第 1 页 / 共 1 页`);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("catalogue rows are cards, title first, with no horizontal scrolling and no serious axe finding", async ({
    page,
  }) => {
    await page.goto(`/catalogue/${AGENCY}`);
    const cards = page.getByTestId("catalogue-cards");
    await expect(cards).toBeVisible();
    await expect(page.getByTestId("catalogue-list")).toBeHidden();
    // One list for screen readers: the hidden table is not in the accessibility tree.
    await expect(page.getByRole("table")).toHaveCount(0);
    const card = cards.getByRole("listitem").first();
    const title = await card.getByRole("link").boundingBox();
    const index = await card.getByText("索引号").boundingBox();
    expect(title!.y).toBeLessThan(index!.y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(crumbs(page, "当前位置")).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
