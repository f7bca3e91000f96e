// Issue 11 items 4 and 5 in the browser: the request form carries a self-hosted proof-of-work check that runs
// under the Content-Security-Policy (a forged solution is refused next to it), and wrong phone digits on the
// tracking page lock that code from this address — for the public API too, which shares the count.
import { expect, test, type Page } from "@playwright/test";

const AGENCY = "三明市三元区商务局";
const PHONE = "13907654321";

function watchPolicy(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|connect)/i.test(message.text()))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function openForm(page: Page) {
  await page.goto("/requests");
  const agency = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: AGENCY }) });
  await agency.getByRole("link", { name: "在线申请" }).click();
  await expect(page.getByText(`受理机关：${AGENCY}`)).toBeVisible();
}

async function fillRequest(page: Page) {
  await page.getByLabel("姓名").fill("李四");
  await page.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码").fill("11010519491231002X");
  await page.getByLabel("联系电话").fill(PHONE);
  await page.getByLabel("所需信息的内容描述").fill("申请公开三元区商务局2018年市场监督检查的记录。");
  await page.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await page.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
}

test("the request form solves its anti-spam check in the browser and refuses a forged one", async ({ page }) => {
  const problems = watchPolicy(page);
  await openForm(page);
  await expect(page.getByText("防滥用校验", { exact: true })).toBeVisible();
  await expect(page.getByText("已完成，可以提交。")).toBeVisible();

  // A forged solution (the check's hidden field rewritten): refused next to the check, nothing typed is lost.
  await fillRequest(page);
  await page.locator('input[name="altcha"]').evaluate((input: HTMLInputElement) => {
    input.value = btoa(
      JSON.stringify({
        algorithm: "SHA-256",
        challenge: "0".repeat(64),
        number: 1,
        salt: "x",
        signature: "0".repeat(64),
      }),
    );
  });
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("防滥用校验未通过或已过期，请重新提交，浏览器将重新校验。")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("李四");

  // The form runs a new check by itself, under the policy; submitting now gives the receipt.
  await expect(page.getByText("已完成，可以提交。")).toBeVisible();
  // (Checked before the receipt: its inline print <style> is a separate, known CSP finding.)
  expect(problems).toEqual([]);
  await page.getByRole("button", { name: "提交申请" }).click();
  const receipt = page.getByRole("region", { name: "政府信息公开申请回执" });
  await expect(receipt).toBeVisible();
});

test("wrong phone digits on the tracking page lock that code from this address, for the API too", async ({
  page,
  request,
}) => {
  await openForm(page);
  await fillRequest(page);
  // Sent at once, possibly before the check is done: the form waits for it and then submits.
  await page.getByRole("button", { name: "提交申请" }).click();
  const receipt = page.getByRole("region", { name: "政府信息公开申请回执" });
  await expect(receipt).toBeVisible();
  const code = (await receipt.getByTestId("tracking-code").textContent())?.trim() ?? "";

  await page.goto("/requests/track");
  const alert = page.locator("main").getByRole("alert");
  for (const digits of ["0001", "0002", "0003", "0004", "0005"]) {
    await page.getByLabel("查询码").fill(code);
    await page.getByLabel("电话号码后4位").fill(digits);
    await page.getByRole("button", { name: "查询" }).click();
    await expect(alert).toHaveText("没有找到相符的申请。请核对查询码和电话号码后4位后重试。");
    await page.goto("/requests/track");
  }
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("电话号码后4位").fill(PHONE.slice(-4));
  await page.getByRole("button", { name: "查询" }).click();
  await expect(alert).toHaveText(/查询失败次数过多，请在1[45]分钟后再试。/);

  const api = await request.get(`/api/v1/requests/${code}?phoneLastFour=${PHONE.slice(-4)}`);
  expect(api.status()).toBe(429);
  expect((await api.json()).error.message).toMatch(/分钟后再试/);
});
