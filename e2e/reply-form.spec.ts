// The reply form keeps every field as the user left it when a save is refused (issue 18): the outcome, the
// ground, how a release is provided, the 36 (五) agency and the letter. Then the letter goes the whole way:
// regenerated from the template with the postal address, submitted, approved — and numbered in the agency's
// own 文号 series, shown on the reply page and the printed letter.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SWJ_LEADER, SWJ_STAFF } from "./support/accounts";
import { signIn } from "./support/sign-in";

const PHONE = "13700005678";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, email);
  return page;
}

test("a refused reply save keeps every field; the approved letter carries its 文号", async ({
  browser,
  page: citizen,
}) => {
  test.setTimeout(120_000);
  // A request to answer, submitted online.
  await citizen.goto("/requests/new?agency=350403001");
  await citizen.getByLabel("姓名").fill("赵六");
  await citizen.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await citizen.getByLabel("证件号码").fill("11010519491231002X");
  await citizen.getByLabel("联系电话").fill(PHONE);
  await citizen.getByLabel("所需信息的内容描述").fill("申请公开2025年本区危险化学品经营企业检查记录。");
  await citizen.getByRole("group", { name: "所需信息的形式" }).getByLabel("电子").check();
  await citizen.getByRole("group", { name: "获取信息的方式" }).getByLabel("在线查看").check();
  await citizen.getByRole("button", { name: "提交申请" }).click();
  const code = ((await citizen.getByTestId("tracking-code").textContent()) ?? "").trim();

  const staff = await as(browser, SWJ_STAFF.email);
  await staff.goto("/console/requests?view=new");
  await staff.getByRole("link", { name: code }).click();
  await staff.getByRole("link", { name: "起草或查看答复" }).click();

  // 1. A 36 (五) letter: every field filled but the other agency's contact.
  const form = staff.getByTestId("reply-form");
  await form.getByLabel("办理结果").selectOption({ label: "无法提供：本机关不掌握相关政府信息" });
  await form.getByLabel("告知书类型").selectOption("OTHER_AGENCY");
  await expect(form.getByLabel("法律依据")).toHaveValue("《中华人民共和国政府信息公开条例》第三十六条第（五）项");
  await form.getByLabel("负责公开的机关").fill("三明市三元区应急管理局");
  const ground = "《中华人民共和国政府信息公开条例》第三十六条第（五）项（经办人核对）";
  await form.getByLabel("法律依据").fill(ground);
  const letter = "赵六：\n\n经检索，该信息由三明市三元区应急管理局负责公开。\n\n特此告知。";
  await form.getByLabel("答复书正文（Markdown）").fill(letter);
  await form.getByRole("button", { name: "起草" }).click();

  await expect(form.getByText("请填写负责公开该信息的机关的联系方式。")).toBeVisible();
  await expect(form.getByLabel("办理结果")).toHaveValue("UNABLE_NOT_HELD");
  await expect(form.getByLabel("告知书类型")).toHaveValue("OTHER_AGENCY");
  await expect(form.getByLabel("负责公开的机关")).toHaveValue("三明市三元区应急管理局");
  await expect(form.getByLabel("该机关的联系方式")).toHaveValue("");
  await expect(form.getByLabel("法律依据")).toHaveValue(ground);
  await expect(form.getByLabel("答复书正文（Markdown）")).toHaveValue(letter);

  await form.getByLabel("该机关的联系方式").fill("三元区崇宁路20号，电话0598-8222222");
  await form.getByRole("button", { name: "起草" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("草稿");
  await expect(staff.getByTestId("reply-letter-number")).toContainText("文号在领导批准时编定");

  // 2. Changed to 予以公开 by post, the address left out: refused, and everything else stays.
  const edit = staff.getByTestId("reply-form");
  await edit.getByLabel("办理结果").selectOption({ label: "予以公开" });
  await expect(edit.getByLabel("获取方式")).toHaveValue("FILES");
  await edit.getByLabel("获取方式").selectOption("POST");
  const ownGround = "《中华人民共和国政府信息公开条例》第三十六条第（二）项、第四十条";
  await edit.getByLabel("法律依据").fill(ownGround);
  const posted = "赵六：\n\n本机关以邮寄方式向您提供该政府信息的纸质件。\n\n特此告知。";
  await edit.getByLabel("答复书正文（Markdown）").fill(posted);
  await edit.getByRole("button", { name: "保存" }).click();

  await expect(edit.getByText("请填写邮寄地址。")).toBeVisible();
  await expect(edit.getByLabel("办理结果")).toHaveValue("GRANTED");
  await expect(edit.getByLabel("获取方式")).toHaveValue("POST");
  await expect(edit.getByLabel("邮寄地址")).toHaveValue("");
  await expect(edit.getByLabel("法律依据")).toHaveValue(ownGround);
  await expect(edit.getByLabel("答复书正文（Markdown）")).toHaveValue(posted);

  // 3. With the address, the letter is generated again from the template: it says where it is posted.
  await edit.getByLabel("邮寄地址").fill("三明市三元区新市中路1号 赵六 365000");
  await edit.getByRole("button", { name: "按模板重新生成" }).click();
  await expect(edit.getByLabel("答复书正文（Markdown）")).toHaveValue(/邮寄地址：三明市三元区新市中路1号/);
  await expect(edit.getByLabel("答复书正文（Markdown）")).toHaveValue(/向三明市三元区人民法院提起行政诉讼/);
  // Paper copies: no upload is asked for.
  await expect(staff.getByLabel("公开的文件")).toHaveCount(0);

  await staff.getByTestId("reply-submit").getByRole("button", { name: "提交领导审批" }).click();
  await expect(staff.getByTestId("reply-status")).toHaveText("待领导审批");
  const replyUrl = staff.url().split("?")[0];

  const leader = await as(browser, SWJ_LEADER.email);
  await leader.goto(replyUrl);
  await leader.getByTestId("reply-approve").getByRole("button", { name: "批准" }).click();
  await expect(leader.getByTestId("reply-status")).toHaveText("已批准，待送达");
  const numbered = /元商务依申〔\d{4}〕\d+号/;
  await expect(leader.getByTestId("reply-letter-number")).toContainText(numbered);
  await leader.getByRole("link", { name: "打印答复书" }).click();
  // The agency's 文号 heads the letter, not the tracking code.
  await expect(leader.getByTestId("letter-number")).toHaveText(numbered);
  await expect(leader.getByTestId("letter-number")).not.toContainText(code);
});
