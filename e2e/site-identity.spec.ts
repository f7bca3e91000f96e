// 《政府网站发展指引》 on every portal page: the page-identity meta tags and the footer's 网站标识码, filing numbers
// (linked to their registries) and 我为政府网站找错 — set by the platform administrator in the console, shown at once.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_SITE_IDENTITY } from "@/lib/demo/seed-demo-data";
import { PLATFORM_ADMIN, SWJ_ADMIN } from "./support/accounts";
import { consoleNav, signIn } from "./support/sign-in";

const meta = (page: Page, name: string) => page.locator(`meta[name="${name}"]`);

test("every portal page names the site in its meta tags and footer", async ({ page }) => {
  for (const path of ["/", "/catalogue", "/guide", "/search", "/reports", "/requests/new"]) {
    await page.goto(path);
    await expect(meta(page, "SiteName"), path).toHaveAttribute("content", DEMO_SITE_IDENTITY.siteName);
    await expect(meta(page, "SiteDomain"), path).toHaveAttribute("content", DEMO_SITE_IDENTITY.siteDomain);
    await expect(meta(page, "SiteIDCode"), path).toHaveAttribute("content", DEMO_SITE_IDENTITY.siteIdCode);
  }
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText(`主办单位：${DEMO_SITE_IDENTITY.sponsor}`);
  await expect(footer).toContainText(`承办单位：${DEMO_SITE_IDENTITY.organizer}`);
  await expect(footer).toContainText(`网站标识码：${DEMO_SITE_IDENTITY.siteIdCode}`);
  await expect(footer.getByRole("link", { name: DEMO_SITE_IDENTITY.icpNumber })).toHaveAttribute(
    "href",
    "https://beian.miit.gov.cn/",
  );
  await expect(footer.getByRole("link", { name: DEMO_SITE_IDENTITY.publicSecurityNumber })).toHaveAttribute(
    "href",
    "https://beian.mps.gov.cn/#/query/webSearch?code=35040302000000",
  );
  await expect(footer.getByRole("link", { name: "我为政府网站找错" })).toHaveAttribute(
    "href",
    `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${DEMO_SITE_IDENTITY.siteIdCode}`,
  );
});

test("the platform administrator sets the site identity; an agency administrator cannot", async ({ browser }) => {
  test.setTimeout(120_000);
  const agencyAdmin = await (await browser.newContext()).newPage();
  await signIn(agencyAdmin, SWJ_ADMIN.email);
  await expect(consoleNav(agencyAdmin).getByRole("link", { name: "网站标识" })).toHaveCount(0);
  const refused = await agencyAdmin.goto("/console/site");
  expect(refused?.status()).toBe(404);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, PLATFORM_ADMIN.email);
  await consoleNav(admin).getByRole("link", { name: "网站标识" }).click();
  await expect(admin).toHaveURL(/\/console\/site$/);
  await expect(admin.getByLabel("网站标识码")).toHaveValue(DEMO_SITE_IDENTITY.siteIdCode);

  // A wrong code and a URL for a domain: each refused next to its field, everything typed kept.
  await admin.getByLabel("网站标识码").fill("350403");
  await admin.getByLabel("网站域名").fill("https://www.sanyuan.gov.cn/");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.locator("#field-siteIdCode-error")).toHaveText("网站标识码为 10 位数字或字母，如 3504030001。");
  await expect(admin.locator("#field-siteDomain-error")).toContainText("不含 https:// 和路径");
  await expect(admin.getByLabel("网站域名")).toHaveValue("https://www.sanyuan.gov.cn/");

  // Corrected: saved, and the portal shows it at once.
  await admin.getByLabel("网站标识码").fill("3504030009");
  await admin.getByLabel("网站域名").fill(DEMO_SITE_IDENTITY.siteDomain);
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("网站标识已保存，门户各页面即时更新。")).toBeVisible();
  const portal = await (await browser.newContext()).newPage();
  await portal.goto("/");
  await expect(meta(portal, "SiteIDCode")).toHaveAttribute("content", "3504030009");
  await expect(portal.getByRole("contentinfo")).toContainText("网站标识码：3504030009");

  // The audit log says it in words; then the demo value comes back for the other specs.
  await admin.goto("/console/audit");
  await expect(admin.getByRole("main")).toContainText("修改网站标识");
  await admin.goto("/console/site");
  await admin.getByLabel("网站标识码").fill(DEMO_SITE_IDENTITY.siteIdCode);
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("网站标识已保存，门户各页面即时更新。")).toBeVisible();
});

test("an item page names its column, title, publication date and source as well as the site", async ({ page }) => {
  await page.goto("/catalogue/350403001");
  const href = await page.getByTestId("catalogue-list").locator("a[href^='/items/']").first().getAttribute("href");
  await page.goto(href!);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  await expect(meta(page, "ArticleTitle")).toHaveAttribute("content", title!);
  await expect(meta(page, "PubDate")).toHaveAttribute("content", /^\d{4}-\d{2}-\d{2}$/);
  await expect(meta(page, "ContentSource")).toHaveAttribute("content", "三明市三元区商务局");
  await expect(meta(page, "ColumnName")).toHaveAttribute("content", /.+/);
  await expect(meta(page, "SiteIDCode")).toHaveAttribute("content", DEMO_SITE_IDENTITY.siteIdCode);
});
