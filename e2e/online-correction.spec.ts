// 在线补正 (issue 14): staff ask for a 补正; the citizen answers it on the tracking page with text and a file; the
// period restarts from that day; staff see the answer and its file in the console; the form is gone afterwards.
import { expect, test } from "@playwright/test";
import { addDays } from "@/lib/calendar/calendar-date";
import { chinesePdf } from "../tests/fixtures/attachments/build-fixtures";
import { SWJ_STAFF } from "./support/accounts";
import { waitForMail } from "./support/mail";
import { signIn } from "./support/sign-in";

const PHONE = "13700004321";

test("the citizen answers a 补正 notice online and the reply period restarts", async ({ browser, page: citizen }) => {
  test.setTimeout(120_000);
  const email = `correction.${Date.now().toString(36)}@example.com`;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(),
  ) as `${number}-${number}-${number}`;

  await citizen.goto("/requests/new?agency=350403001");
  await citizen.getByLabel("姓名").fill("赵六");
  await citizen.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await citizen.getByLabel("证件号码").fill("11010519491231002X");
  await citizen.getByLabel("联系电话").fill(PHONE);
  await citizen.getByLabel("电子邮箱").fill(email);
  await citizen.getByLabel("所需信息的内容描述").fill("申请公开商贸流通企业检查记录。");
  await citizen.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await citizen.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
  await citizen.getByRole("button", { name: "提交申请" }).click();
  const code = ((await citizen.getByTestId("tracking-code").textContent()) ?? "").trim();

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, SWJ_STAFF.email);
  await staff.goto("/console/requests?view=new");
  await staff.getByRole("link", { name: code }).click();
  await expect(staff).toHaveURL(/\/console\/requests\/[0-9a-f-]{36}$/);
  const requestPage = staff.url();
  const notice = staff.getByTestId("step-CORRECTION_NOTICE");
  await notice.getByLabel("申请人补正期限").fill(addDays(today, 30));
  await notice.getByLabel("需要补正的内容").fill("请写明所需检查记录的年份。");
  await notice.getByRole("button", { name: "发出补正通知" }).click();
  await expect(staff.getByRole("main")).toContainText("目前没有答复期限");

  // The citizen looks the request up: the notice and the form to answer it.
  await citizen.goto("/requests/track");
  await citizen.getByLabel("查询码").fill(code);
  await citizen.getByLabel("电话号码后4位").fill(PHONE.slice(-4));
  await citizen.getByRole("button", { name: "查询" }).click();
  const form = citizen.getByRole("region", { name: "在线补正" });
  await expect(form).toBeVisible();
  await expect(citizen.getByTestId("request-due")).toHaveText("等待补正，答复期限自收到补正后的申请之日起重新计算");

  // Sent empty: told next to the field, nothing recorded.
  await form.getByRole("button", { name: "提交补正" }).click();
  await expect(citizen.locator("#field-text-error")).toHaveText("请填写补正内容，或上传补正材料。");

  // Text and a PDF: received, the period restarts, the form is gone.
  await form.getByLabel("补正内容").fill("需要2025年度的检查记录。");
  await form.getByLabel("补正材料（可选）").setInputFiles({
    name: "补正说明.pdf",
    mimeType: "application/pdf",
    buffer: chinesePdf(["补正说明 2025年度"]),
  });
  await form.getByRole("button", { name: "提交补正" }).click();
  // The PDF's text is read by the attachment workers, which start on the first upload (seconds on a busy machine).
  await expect(citizen.getByRole("status")).toContainText("补正材料已收到", { timeout: 60_000 });
  await expect(citizen).toHaveURL(/\/requests\/track\/status\?corrected=1$/);
  await expect(citizen.getByTestId("request-state")).toHaveText("办理中");
  await expect(citizen.getByTestId("request-due")).toHaveText(/^\d{4}-\d{2}-\d{2}/);
  await expect(citizen.getByRole("region", { name: "在线补正" })).toHaveCount(0);
  expect((await waitForMail(email, (m) => m.subject.includes("已收到补正材料"))).text).toContain("网上提交的补正材料");

  // Staff see the answer on the request: the restarted deadline and the file.
  await staff.goto(requestPage);
  await expect(staff.getByRole("main")).toContainText("补正说明.pdf");
  await expect(staff.getByRole("main")).toContainText("答复期限重新计算");
  await expect(staff.getByRole("main")).toContainText("需要2025年度的检查记录。");
});
