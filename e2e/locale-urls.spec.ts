// The portal's language is in its URL: Chinese at the unprefixed paths, English under /en. A URL shows every
// visitor the same page (no cookie, no Accept-Language, no header decides), so pages can be cached by URL;
// the switch links to the same page in the other language; navigation stays in the language of the URL.
import { expect, test, type Page } from "@playwright/test";
import { SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

const AGENCY_CODE = "350403001";
const PHONE = "13912345678";

/** The id of a public item of 三元区商务局 (the demo data), from its catalogue page. */
async function anItemPath(page: Page): Promise<string> {
  await page.goto(`/catalogue/${AGENCY_CODE}`);
  const href = await page.getByTestId("catalogue-list").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/items\/[0-9a-f-]+$/);
  return href ?? "";
}

const mainNav = (page: Page, name: string) => page.getByRole("navigation", { name });

test("an item is English at /en/items/<id> and Chinese at /items/<id>, whatever the cookie or browser language", async ({
  browser,
}) => {
  // A visitor who chose English with the old cookie, in an English browser.
  const context = await browser.newContext({ locale: "en-US" });
  const baseURL = test.info().project.use.baseURL ?? "";
  await context.addCookies([{ name: "gongkai-locale", value: "en", url: baseURL }]);
  const page = await context.newPage();
  const item = await anItemPath(page);

  await page.goto(item);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(mainNav(page, "主导航").getByRole("link", { name: "公开目录" })).toBeVisible();
  await expect(page.getByTestId("item-metadata")).toContainText("索引号");
  // The unprefixed URL is never redirected by the cookie (that would poison a cache).
  expect(new URL(page.url()).pathname).toBe(item);

  await page.goto(`/en${item}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(mainNav(page, "Main navigation").getByRole("link", { name: "Catalogue" })).toBeVisible();
  await expect(page.getByTestId("item-metadata")).not.toContainText("索引号");

  // The other way round: a Chinese cookie does not make /en Chinese.
  await context.addCookies([{ name: "gongkai-locale", value: "zh-CN", url: baseURL }]);
  await page.goto(`/en${item}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("a request cannot choose the language with a header of its own", async ({ request }) => {
  const zh = await request.get("/guide", { headers: { "x-gongkai-locale": "en", cookie: "gongkai-locale=en" } });
  expect(zh.status()).toBe(200);
  const zhHtml = await zh.text();
  expect(zhHtml).toContain('<html lang="zh-CN"');
  expect(zhHtml).toContain("主导航");

  const en = await request.get("/en/guide", { headers: { "x-gongkai-locale": "zh-CN" } });
  const enHtml = await en.text();
  expect(enHtml).toContain('<html lang="en"');
  expect(enHtml).toContain("Main navigation");
});

test("the switch links to the same page in the other language, keeping the query; hreflang alternates name both", async ({
  page,
}) => {
  const query = `?q=${encodeURIComponent("安全生产")}`;
  await page.goto(`/search${query}`);
  const english = page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("href", `/en/search${query}`);
  await expect(page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "中文" })).toHaveAttribute(
    "aria-current",
    "true",
  );

  // hreflang alternates: absolute (the canonical origin), the same query, Chinese as x-default.
  const origin = new URL(page.url()).origin;
  const alternate = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
  await expect(alternate("zh-CN")).toHaveAttribute("href", `${origin}/search${query}`);
  await expect(alternate("en")).toHaveAttribute("href", `${origin}/en/search${query}`);
  await expect(alternate("x-default")).toHaveAttribute("href", `${origin}/search${query}`);
  // Only one set, in <head>.
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(3);

  await english.click();
  await expect(page).toHaveURL(`/en/search${query}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("searchbox")).toHaveValue("安全生产");
  const chinese = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" });
  await expect(chinese).toHaveAttribute("href", `/search${query}`);
  await chinese.click();
  await expect(page).toHaveURL(`/search${query}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  // The English home is /en; its alternates name / and /en.
  await page.goto("/en");
  await expect(alternate("zh-CN")).toHaveAttribute("href", `${origin}/`);
  await expect(alternate("en")).toHaveAttribute("href", `${origin}/en`);
});

test("navigation within /en stays in English: catalogue → item → back, and the switch follows", async ({ page }) => {
  await page.goto("/en");
  await mainNav(page, "Main navigation").getByRole("link", { name: "Catalogue" }).click();
  await expect(page).toHaveURL("/en/catalogue");
  await page
    .getByRole("link", { name: /三明市三元区商务局/ })
    .first()
    .click();
  await expect(page).toHaveURL(`/en/catalogue/${AGENCY_CODE}`);
  const list = page.getByTestId("catalogue-list");
  await expect(list.getByRole("link").first()).toHaveAttribute("href", /^\/en\/items\//);
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/items\/[0-9a-f-]+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("item-metadata")).not.toContainText("索引号");
  // The header is the layout's, kept across client-side navigation: its switch follows the page.
  const itemPath = new URL(page.url()).pathname.replace(/^\/en/, "");
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" })).toHaveAttribute(
    "href",
    itemPath,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    "href",
    new RegExp(`${itemPath}$`),
  );

  await page.goBack();
  await expect(page).toHaveURL(`/en/catalogue/${AGENCY_CODE}`);
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" })).toHaveAttribute(
    "href",
    `/catalogue/${AGENCY_CODE}`,
  );
  await mainNav(page, "Main navigation").getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL("/en");
});

test("search under /en: the form stays in English and results link to English items", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByRole("searchbox").fill("安全生产");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const firstHit = page.locator('main a[href^="/en/items/"]').first();
  await expect(firstHit).toBeVisible();
  await expect(page.locator('main a[href^="/items/"]')).toHaveCount(0);
});

test("the request form under /en submits, the receipt is English, tracking stays under /en", async ({ page }) => {
  await page.goto(`/en/requests/new?agency=${AGENCY_CODE}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Zhang San");
  await page.getByLabel("ID document type").selectOption({ label: "Resident ID card" });
  await page.getByLabel("ID document number").fill("11010519491231002X");
  await page.getByRole("textbox", { name: "Phone", exact: true }).fill(PHONE);
  await page
    .getByLabel("Description of the information")
    .fill("The inspection records of the 2017 work-safety checks of the Sanyuan commerce bureau.");
  await page.getByRole("group", { name: "Form of the information" }).getByLabel("Electronic").check();
  await page.getByRole("group", { name: "How to receive it" }).getByLabel("Online").check();
  await page.getByRole("button", { name: "Submit request" }).click();

  const receipt = page.getByRole("region", { name: "Receipt of your request for government information" });
  await expect(receipt).toBeVisible({ timeout: 30_000 });
  await expect(receipt).toContainText("Tracking code");
  expect(new URL(page.url()).pathname).toBe("/en/requests/new");
  const code = (await receipt.getByTestId("tracking-code").textContent())?.trim() ?? "";

  await receipt.getByRole("link", { name: "Track the request" }).click();
  await expect(page).toHaveURL("/en/requests/track");
  await page.getByLabel("Tracking code").fill(code);
  await page.getByLabel("Last four digits of your phone").fill(PHONE.slice(-4));
  await page.getByRole("button", { name: "Track", exact: true }).click();
  await expect(page).toHaveURL("/en/requests/track/status");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("request-state")).toHaveText("In progress");
  // The tracking cookie is sent to the English tracking pages only.
  const cookie = (await page.context().cookies()).find((c) => c.name === "gongkai-tracking");
  expect(cookie).toMatchObject({ httpOnly: true, path: "/en/requests/track" });
});

test("the console and the sign-in page are not prefixed and keep the cookie choice", async ({ page, request }) => {
  for (const path of ["/en/login", "/en/console", "/en/api/health"])
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The portal ignores that choice: its unprefixed pages stay Chinese.
  await page.goto("/guide");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a broken address under /en is still refused with 400", async ({ request }) => {
  expect((await request.get("/en/items/%E0%A4%A")).status()).toBe(400);
  expect((await request.get("/en/search?q=%00")).status()).toBe(400);
});

test("from the English console to the portal by a link, the page and <html lang> are Chinese", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const item = await anItemPath(page);
  await signIn(page, SWJ_STAFF.email);
  await context.addCookies([{ name: "gongkai-locale", value: "en", url: test.info().project.use.baseURL ?? "" }]);
  await page.goto(`/console${item}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // A client-side navigation: the root layout (and its <html lang>) is kept from the console.
  await page.getByRole("link", { name: "View public page" }).click();
  await expect(page).toHaveURL(item);
  await expect(mainNav(page, "主导航")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await context.close();
});

test("a page not found under /en says so in English and leads to the English home", async ({ page }) => {
  const english = await page.goto("/en/catalogue/NO-SUCH-AGENCY");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en");

  const chinese = await page.goto("/catalogue/NO-SUCH-AGENCY");
  expect(chinese?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
});
