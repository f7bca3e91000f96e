// Each role signs in and sees exactly the console navigation its permissions allow, then signs out.
import { expect, test } from "@playwright/test";
import { CZJ_STAFF, PLATFORM_ADMIN, SWJ_ADMIN, SWJ_LEADER, SWJ_REVIEWER, SWJ_STAFF } from "./support/accounts";
import { consoleNav, signIn, signOut } from "./support/sign-in";

// Worked out by hand from lib/auth/permissions.ts (dashboard.read, item.read, request.read, request.templates, report.read, complaint.read, catalogue.manage, agency.update, user.read,
// audit.read, outbox.read, calendar.manage, token.manage; 修改密码 for everyone), so a change of the table shows up here as a deliberate edit.
const CASES = [
  {
    account: PLATFORM_ADMIN,
    badge: "平台管理员",
    nav: [
      "工作台",
      "目录管理",
      "机关管理",
      "用户管理",
      "审计日志",
      "邮件发送",
      "工作日历",
      "网站标识",
      "数据推送",
      "访问令牌",
      "修改密码",
    ],
  },
  {
    account: SWJ_STAFF,
    badge: "三元区商务局：经办人",
    nav: [
      "工作台",
      "信息发布",
      "依申请公开",
      "年度报告",
      "行政申诉、举报",
      "行政复议、行政诉讼",
      "访问令牌",
      "修改密码",
    ],
  },
  {
    account: SWJ_REVIEWER,
    badge: "三元区商务局：保密审查",
    nav: ["工作台", "信息发布", "年度报告", "访问令牌", "修改密码"],
  },
  {
    account: SWJ_LEADER,
    badge: "三元区商务局：领导",
    nav: [
      "工作台",
      "信息发布",
      "依申请公开",
      "答复模板",
      "年度报告",
      "行政申诉、举报",
      "行政复议、行政诉讼",
      "审计日志",
      "访问令牌",
      "修改密码",
    ],
  },
  {
    account: SWJ_ADMIN,
    badge: "三元区商务局：管理员",
    nav: [
      "工作台",
      "信息发布",
      "依申请公开",
      "答复模板",
      "年度报告",
      "行政申诉、举报",
      "行政复议、行政诉讼",
      "目录管理",
      "机关管理",
      "用户管理",
      "审计日志",
      "邮件发送",
      "数据推送",
      "访问令牌",
      "修改密码",
    ],
  },
  {
    account: CZJ_STAFF,
    badge: "三元区财政局：经办人",
    nav: [
      "工作台",
      "信息发布",
      "依申请公开",
      "年度报告",
      "行政申诉、举报",
      "行政复议、行政诉讼",
      "访问令牌",
      "修改密码",
    ],
  },
];

for (const { account, badge, nav } of CASES) {
  test(`${account.name} (${account.email}) sees the console of their role and signs out`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${account.name}，您好`);

    await expect(consoleNav(page).getByRole("link")).toHaveText(nav);

    const userBadge = page.getByTestId("user-badge");
    await expect(userBadge).toContainText(account.name);
    await expect(userBadge).toContainText(badge);

    await signOut(page);
    await expect(page.getByRole("status")).toHaveText("您已退出登录。");
    await expect(page.getByRole("heading", { name: "工作人员登录" })).toBeVisible();

    await page.goto("/console");
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByLabel("电子邮箱")).toBeVisible();
  });
}
