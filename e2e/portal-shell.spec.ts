// The public portal: header, navigation, footer, language switch and the disclosure guide.
import { expect, test } from "@playwright/test";

const GOVERNMENT = "三明市三元区人民政府";

test("the portal home shows the government, its sections and its contact", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header).toContainText(GOVERNMENT);
  await expect(header.getByRole("link", { name: "工作人员登录" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "主导航" });
  for (const [name, path] of [
    ["公开指南", "/guide"],
    ["公开目录", "/catalogue"],
    ["依申请公开", "/requests"],
    ["年度报告", "/reports"],
  ] as const) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  }

  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText(`主办单位：${GOVERNMENT}`);
  await expect(footer).toContainText("地址：福建省三明市三元区");
  await expect(footer).toContainText("邮编：365001");
});

test("the language switches to English and back", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "公开指南" })).toBeVisible();

  // The switch is a link to the same page in the other language: English lives under /en.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL("/en");
  const navEn = page.getByRole("navigation", { name: "Main navigation" });
  await expect(navEn.getByRole("link", { name: "Disclosure guide" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The language is kept on the next page, whose URL says so.
  await navEn.getByRole("link", { name: "Disclosure guide" }).click();
  await expect(page).toHaveURL("/en/guide");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Disclosure guide");

  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL("/guide");
  await expect(nav.getByRole("link", { name: "公开指南" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公开指南");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("三元区商务局's 公开指南 is generated from its data: office, address, phone, catalogue", async ({ page }) => {
  await page.goto("/guide");
  await page.getByRole("link", { name: /三明市三元区商务局政府信息公开指南/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("三明市三元区商务局政府信息公开指南");
  const office = page.getByRole("table");
  await expect(office).toContainText("三元区商务局办公室");
  await expect(office).toContainText("三元区崇宁路10号3楼305室");
  await expect(office).toContainText("0598-8336118");
  await expect(office).toContainText("sywjmj@163.com");
  // How information is arranged: the bureau's own catalogue, as in the seed report.
  await expect(page.getByRole("main")).toContainText("安全生产、应急管理类");
  await expect(page.getByRole("main")).toContainText("20个工作日");
});
