// The whole life of an information request (依申请公开), in four browsers: a citizen applies online →
// staff send a 补正 notice → the corrected request is recorded → staff draft a 部分公开 reply with a
// released document → the drafter cannot approve it → a leader approves → staff send it → the citizen
// reads the reply on the tracking page, and the e-mails arrive in the mail server.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addDays } from "@/lib/calendar/calendar-date";
import { chinesePdf } from "../tests/fixtures/attachments/build-fixtures";
import { SWJ_LEADER, SWJ_STAFF } from "./support/accounts";
import { waitForMail } from "./support/mail";
import { signIn } from "./support/sign-in";

const PHONE = "13700001234";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, email);
  return page;
}

test("a request from online submission to the citizen reading the approved reply", async ({
  browser,
  page: citizen,
}) => {
  test.setTimeout(120_000);
  const email = `journey.${Date.now().toString(36)}@example.com`;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(),
  ) as `${number}-${number}-${number}`;

  // The citizen applies online.
  await citizen.goto("/requests/new?agency=350403001");
  await citizen.getByLabel("姓名").fill("王五");
  await citizen.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await citizen.getByLabel("证件号码").fill("11010519491231002X");
  await citizen.getByLabel("联系电话").fill(PHONE);
  await citizen.getByLabel("电子邮箱").fill(email);
  await citizen.getByLabel("所需信息的内容描述").fill("申请公开商贸企业安全检查情况。");
  await citizen.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await citizen.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
  await citizen.getByRole("button", { name: "提交申请" }).click();
  const code = ((await citizen.getByTestId("tracking-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  expect((await waitForMail(email, (m) => m.text.includes(code))).subject).toContain("已收到");

  // 经办人 finds it among the new requests and sends a 补正 notice.
  const staff = await as(browser, SWJ_STAFF.email);
  await staff.goto("/console/requests?view=new");
  await staff.getByRole("link", { name: code }).click();
  const notice = staff.getByTestId("step-CORRECTION_NOTICE");
  // At least 10 working days are required (GONGKAI_CORRECTION_MIN_WORKING_DAYS): 30 calendar days hold at least 13
  // even across 春节 or 国庆 (at most 8 holidays and 9 weekend days), so the journey passes on any date.
  await notice.getByLabel("申请人补正期限").fill(addDays(today, 30));
  await notice.getByLabel("需要补正的内容").fill("请写明所需检查记录的年份和企业名称。");
  await notice.getByRole("button", { name: "发出补正通知" }).click();
  await expect(staff.getByRole("main")).toContainText("目前没有答复期限");
  expect((await waitForMail(email, (m) => m.subject.includes("补正通知"))).text).toContain("检查记录的年份和企业名称");

  // The corrected request arrives: the 20 working days start again.
  await staff.getByTestId("step-CORRECTION_RECEIVED").getByRole("button", { name: "收到补正" }).click();
  await expect(staff.getByRole("main")).toContainText("答复期限重新计算");

  // A 部分公开 reply with the released document.
  await staff.getByRole("link", { name: "起草或查看答复" }).click();
  await staff.getByLabel("办理结果").selectOption({ label: "部分公开" });
  await staff.getByRole("button", { name: "起草" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("草稿");
  // The default 部分公开 letter asks for the reasons of the withheld part: a letter with the prompt left in is
  // refused before it reaches the leader (issue 18), so the drafter writes them.
  const letterField = staff.getByLabel("答复书正文（Markdown）");
  await expect(letterField).toHaveValue(/（请写明理由）/);
  await letterField.fill((await letterField.inputValue()).replace("（请写明理由）", "涉及第三方企业的商业秘密"));
  await staff.getByRole("button", { name: "保存", exact: true }).click();
  await expect(staff.getByRole("main")).toContainText("已保存");
  await staff.getByLabel("公开的文件").setInputFiles({
    name: "检查情况（部分）.pdf",
    mimeType: "application/pdf",
    buffer: chinesePdf(["2026年商贸企业安全检查情况"]),
  });
  await staff.getByRole("button", { name: "上传" }).click();
  await expect(staff.getByRole("link", { name: "检查情况（部分）.pdf" })).toBeVisible();
  await staff.getByTestId("reply-submit").getByRole("button", { name: "提交领导审批" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("待领导审批");
  // The drafter cannot approve their own reply.
  await expect(staff.getByRole("button", { name: "批准" })).toHaveCount(0);
  const replyUrl = staff.url().split("?")[0];

  // 领导 approves.
  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(replyUrl);
  await leader.getByTestId("reply-approve").getByRole("button", { name: "批准" }).click();
  await expect(leader.getByTestId("reply-status")).toHaveText("已批准，待送达");

  // 经办人 sends it: the request is concluded.
  await staff.reload();
  const send = staff.getByTestId("reply-send");
  await send.getByLabel("送达日期").fill(today);
  await send.getByRole("button", { name: "送达申请人" }).click();
  await expect(staff.getByRole("main")).toContainText(`已送达 ${today}`);
  const replyMail = await waitForMail(email, (m) => m.subject.includes("答复书"));
  expect(replyMail.text).toContain("行政复议");

  // The citizen tracks the request and reads the reply, with the released document.
  await citizen.goto("/requests/track");
  await citizen.getByLabel("查询码").fill(code);
  await citizen.getByLabel("电话号码后4位").fill(PHONE.slice(-4));
  await citizen.getByRole("button", { name: "查询" }).click();
  await expect(citizen.getByTestId("request-state")).toHaveText("已办结");
  await expect(citizen.getByRole("main")).toContainText("部分公开");
  // The remedies name the bodies (issue 18): 复议机关 and 管辖法院 of 三元区商务局.
  await expect(citizen.getByRole("main")).toContainText("6个月内向三明市三元区人民法院提起行政诉讼");
  const download = citizen.getByRole("link", { name: "检查情况（部分）.pdf" });
  await expect(download).toBeVisible();
  const file = await citizen.request.get((await download.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
});
