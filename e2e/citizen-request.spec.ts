// A citizen submits a request online (网络申请), is told next to the field what is wrong with the ID
// number without losing what they typed, gets a receipt with the tracking code and the reply deadline,
// then follows the request with the code and the last four digits of their phone.
import { expect, test, type Page } from "@playwright/test";

const AGENCY = "三明市三元区商务局";
const PHONE = "13912345678";

async function fillRequest(page: Page, idNumber: string) {
  await page.getByLabel("姓名").fill("张三");
  await page.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码").fill(idNumber);
  await page.getByLabel("联系电话").fill(PHONE);
  await page.getByLabel("电子邮箱").fill("zhangsan@example.com");
  await page.getByLabel("所需信息的内容描述").fill("申请公开三元区商务局2017年安全生产检查的检查记录和处理结果。");
  await page.getByLabel("信息名称或文号（如知道）").fill("元商务〔2017〕12号");
  await page.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await page.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
}

test("a citizen submits a request online, fixes the ID number, gets the receipt and tracks the request", async ({
  page,
}) => {
  await page.goto("/requests");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("依申请公开");
  await expect(page.getByText("第二十七条")).toBeVisible();
  const commerce = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: AGENCY }) });
  await expect(commerce).toContainText("0598-8336118");
  await commerce.getByRole("link", { name: "在线申请" }).click();
  await expect(page).toHaveURL(/\/requests\/new\?agency=/);
  await expect(page.getByText(`受理机关：${AGENCY}`)).toBeVisible();
  await expect(page.getByText("不会公开")).toBeVisible();

  // A wrong check digit: the error sits next to the field, and what was typed is still there.
  await fillRequest(page, "110105194912310021");
  await page.getByRole("button", { name: "提交申请" }).click();
  const idNumber = page.getByLabel("证件号码");
  await expect(idNumber).toHaveAttribute("aria-invalid", "true");
  await expect(idNumber).toHaveAccessibleDescription(/校验位不正确/);
  await expect(page.getByText("身份证号码的校验位不正确，请逐位核对。")).toBeVisible();
  await expect(page.getByText("请重新选择附件")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("张三");
  await expect(page.getByLabel("联系电话")).toHaveValue(PHONE);
  await expect(page.getByLabel("所需信息的内容描述")).toHaveValue(/安全生产检查/);
  await expect(page.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看")).toBeChecked();
  await expect(idNumber).toHaveValue("110105194912310021");

  // Fixed: the receipt, with the tracking code in large type and the reply deadline.
  await idNumber.fill("11010519491231002X");
  await page.getByRole("button", { name: "提交申请" }).click();
  const receipt = page.getByRole("region", { name: "政府信息公开申请回执" });
  await expect(receipt).toBeVisible();
  const code = (await receipt.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  const due = (await receipt.getByTestId("due-on").textContent()) ?? "";
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}/);
  await expect(receipt).toContainText(AGENCY);
  await expect(receipt).toContainText("第三十三条");
  await expect(receipt.getByRole("button", { name: "打印回执" })).toBeVisible();
  // The receipt is not at a URL of its own.
  expect(new URL(page.url()).pathname).toBe("/requests/new");

  // Tracking: wrong digits get one polite answer that does not say which part was wrong.
  await receipt.getByRole("link", { name: "查询办理进度" }).click();
  await expect(page).toHaveURL("/requests/track");
  await page.getByLabel("查询码").fill(code.toLowerCase());
  await page.getByLabel("电话号码后4位").fill("0000");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "没有找到相符的申请。请核对查询码和电话号码后4位后重试。",
  );
  await expect(page.getByLabel("查询码")).toHaveValue(code.toLowerCase());

  await page.getByLabel("电话号码后4位").fill(PHONE.slice(-4));
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL("/requests/track/status");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申请办理进度");
  await expect(page.getByTestId("request-state")).toHaveText("办理中");
  await expect(page.getByTestId("request-due")).toHaveText(
    due.trim().slice(0, 10) + (due.includes("暂定") ? "（暂定）" : ""),
  );
  await expect(page.getByText(/收到您的申请。/)).toBeVisible();
  // Nothing personal on the tracking page.
  await expect(page.locator("main")).not.toContainText("张三");
  await expect(page.locator("main")).not.toContainText("11010519491231002X");
  await expect(page.locator("main")).not.toContainText(PHONE);

  // The session cookie is httpOnly, SameSite=Lax and limited to the tracking pages.
  const cookie = (await page.context().cookies()).find((c) => c.name === "gongkai-tracking");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/requests/track" });

  // 结束查看 ends it: the status page then asks for the code again.
  await page.getByRole("button", { name: "结束查看" }).click();
  await expect(page).toHaveURL("/requests/track");
  await page.goto("/requests/track/status");
  await expect(page.getByText("查询已超时或尚未查询")).toBeVisible();
});

test("the request form works at 360 px with the keyboard alone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/requests");
  const apply = page.getByRole("link", { name: `向${AGENCY}在线申请` });
  await apply.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/requests\/new\?agency=/);
  // No horizontal scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Radio groups are reachable and operable with the keyboard: choose an organisation, the form adapts.
  await page.getByRole("radio", { name: "自然人（公民）" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "商业企业" })).toBeChecked();
  await expect(page.getByLabel("单位名称")).toBeVisible();
  await expect(page.getByLabel("联系人")).toBeVisible();
  await expect(page.getByLabel("证件类型").locator("option")).toHaveText(["统一社会信用代码", "其他组织证照"]);
  // Submitting empty shows the errors and moves focus to the summary.
  await page.getByRole("button", { name: "提交申请" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("main").getByRole("alert").first()).toBeFocused();
  await expect(page.getByLabel("联系人")).toHaveAccessibleDescription(/请填写联系人/);
});
