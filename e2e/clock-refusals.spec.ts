// Issue 18, the clock in the console: a step the rules refuse says why next to the field it concerns, and
// what was typed stays in the form. A date after today and a 补正 deadline shorter than 10 working days.
import { expect, test } from "@playwright/test";
import { addDays } from "@/lib/calendar/calendar-date";
import { SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("a refused clock step explains itself next to the field", async ({ browser, page: citizen }) => {
  test.setTimeout(90_000);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(),
  ) as `${number}-${number}-${number}`;

  await citizen.goto("/requests/new?agency=350403001");
  await citizen.getByLabel("姓名").fill("赵六");
  await citizen.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await citizen.getByLabel("证件号码").fill("11010519491231002X");
  await citizen.getByLabel("联系电话").fill("13700005678");
  await citizen.getByLabel("所需信息的内容描述").fill("申请公开商贸企业安全检查情况的汇总表。");
  await citizen.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await citizen.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
  await citizen.getByRole("button", { name: "提交申请" }).click();
  const code = ((await citizen.getByTestId("tracking-code").textContent()) ?? "").trim();

  const staff = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(staff, SWJ_STAFF.email);
  await staff.goto("/console/requests?view=new");
  await staff.getByRole("link", { name: code }).click();

  // A 补正 notice dated tomorrow, with 3 days to correct: both refused, each next to its field.
  const notice = staff.getByTestId("step-CORRECTION_NOTICE");
  await notice.getByLabel("日期").fill(addDays(today, 1));
  await notice.getByLabel("申请人补正期限").fill(addDays(today, 3));
  await notice.getByLabel("需要补正的内容").fill("请写明年份。");
  await notice.getByRole("button", { name: "发出补正通知" }).click();
  await expect(notice.getByRole("alert").filter({ hasText: "日期不能晚于今天" }).first()).toBeVisible();
  await expect(notice.getByLabel("需要补正的内容")).toHaveValue("请写明年份。");

  // Today, still 3 days: the deadline is refused with the earliest allowed date.
  await notice.getByLabel("日期").fill(today);
  await notice.getByRole("button", { name: "发出补正通知" }).click();
  await expect(notice.getByText(/补正期限至少为通知之日后10个工作日，即不早于 \d{4}-\d{2}-\d{2}。/)).toBeVisible();
  await expect(staff.getByTestId("request-state")).toHaveText("办理中");
});
