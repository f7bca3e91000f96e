// The public searches the portal: a two-character query, highlighted results, a filter with a shareable
// URL, then the item itself; and the polite answers to an empty query and to a search that finds nothing.
import { expect, test } from "@playwright/test";

test("search → results with highlights → filter → the item", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("status")).toContainText("请输入要查找的内容");

  await page.getByRole("searchbox", { name: "检索内容" }).fill("安全生产");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/\/search\?q=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7/);
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText("安全生产");
  await expect(page.getByRole("status")).toContainText("共找到");

  // A filter narrows the results, and the URL can be shared.
  await page.getByLabel("发布年份").selectOption("2017");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/year=2017/);
  const titles = await results.getByRole("link").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles[0]).toContain("安全生产"); // title matches come first
  for (const item of await results.getByRole("listitem").allTextContents()) expect(item).toContain("发布日期：2017-");

  // The first result opens the item.
  const first = titles[0];
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/items\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
  await expect(page.getByTestId("item-metadata")).toContainText("三明市三元区商务局");
});

test("a 文号 finds its document, and a search that finds nothing suggests what to do", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("元商务〔2017〕12号")}`);
  await expect(page.getByTestId("search-results").getByRole("link")).toHaveText([
    "三元区商务局关于开展2017年“安全生产月”活动的通知",
  ]);

  await page.goto(`/search?q=${encodeURIComponent("安全生产")}&year=2008`);
  await expect(page.getByTestId("search-no-results")).toContainText("减少筛选条件");
  await page.getByRole("link", { name: "清除筛选条件" }).click();
  await expect(page.getByTestId("search-results").getByRole("listitem").first()).toBeVisible();
});
