// The public browses 三元区商务局's catalogue, filters it, opens an item and prints it.
import { expect, test } from "@playwright/test";

test("browse the catalogue → an item → print view", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "三明市三元区商务局" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("三明市三元区商务局政府信息公开目录");
  await expect(page.getByTestId("catalogue-list").getByRole("row")).toHaveCount(21); // header + a page of 20

  // Filters combine and give a shareable URL: 2017 and 安全生产、应急管理类 → the seed report's 6.
  await page
    .getByRole("navigation", { name: "年份" })
    .getByRole("link", { name: /2017年/ })
    .click();
  await expect(page).toHaveURL(/year=2017/);
  await page
    .getByRole("navigation", { name: "目录分类" })
    .getByRole("link", { name: /安全生产、应急管理类/ })
    .click();
  await expect(page).toHaveURL(/category=.*year=2017|year=2017.*category=/);
  await expect(page.getByTestId("catalogue-list").getByRole("row")).toHaveCount(7);

  // The second page continues the first: nothing skipped, nothing repeated.
  await page.goto("/catalogue/350403001");
  const firstPage = await page.getByTestId("catalogue-list").getByRole("link").allTextContents();
  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/after=/);
  // (Other journeys running at the same time may publish items, so only the demo's 27 are certain.)
  const secondPage = await page.getByTestId("catalogue-list").getByRole("link").allTextContents();
  expect(secondPage.length).toBeGreaterThanOrEqual(7);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  // An item shows the metadata table Chinese portals print on top.
  await page.getByTestId("catalogue-list").getByRole("link").first().click();
  const metadata = page.getByTestId("item-metadata");
  await expect(metadata).toContainText("索引号");
  await expect(metadata).toContainText("发布机构");
  await expect(metadata).toContainText("三明市三元区商务局");

  // Print view: the portal's header and footer are hidden, the document stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByTestId("item-metadata")).toBeVisible();
  await expect(page.getByRole("button", { name: "打印本页" })).toBeHidden();
});
