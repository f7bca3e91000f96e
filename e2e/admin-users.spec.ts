// An agency administrator creates a user; the user replaces the initial password and signs in; both
// steps are in the audit log.
import { expect, test } from "@playwright/test";
import { SWJ_ADMIN, uniqueEmail } from "./support/accounts";
import { consoleNav, formAlert, signIn, submitSignIn } from "./support/sign-in";
import { fillNewUserForm, uniqueName } from "./support/users";

test("the 商务局 administrator creates a user who then sets their own password", async ({ browser }) => {
  test.setTimeout(120_000);
  const newUser = { name: uniqueName("新经办"), email: uniqueEmail("created"), password: "Initial-pass-2026" };
  const newPassword = "Own-choice-pass-77";

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, SWJ_ADMIN.email);
  await admin.getByRole("link", { name: "用户管理" }).click();
  await admin.getByRole("link", { name: "新建用户" }).click();
  await expect(admin).toHaveURL(/\/console\/users\/new$/);

  // First a weak password and an invalid address: errors next to the fields, the name kept.
  await fillNewUserForm(admin, { name: newUser.name, email: "not-an-email", password: "abcdefghijkl" });
  await expect(admin.locator("#field-email-error")).toHaveText("请填写有效的电子邮箱地址，例如 name@example.com。");
  await expect(admin.getByLabel("电子邮箱")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#field-password-error")).toHaveText("密码需要同时包含字母和数字。");
  await expect(admin.getByLabel("初始密码")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("姓名")).toHaveValue(newUser.name);
  await expect(admin).toHaveURL(/\/console\/users\/new$/);

  // Then correctly.
  await fillNewUserForm(admin, newUser);
  await expect(admin).toHaveURL(/\/console\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(admin.getByRole("status")).toHaveText("用户已创建。");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(newUser.name);

  // The new user must change the initial password before anything else.
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signIn(user, newUser.email, newUser.password, /\/console\/account\/password$/);
  // Soft: the page the sign-in sends the user to must render (not refetch itself in a loop); the
  // journey goes on after a full page load either way, so later steps are still checked.
  await expect(
    user.getByRole("main").getByRole("status"),
    "password page renders after the client-side redirect",
  ).toHaveText("您的密码由管理员设置，请先修改密码。");
  await user.goto("/console");
  await expect(user).toHaveURL(/\/console\/account\/password$/);
  await expect(user.getByRole("main").getByRole("status")).toHaveText("您的密码由管理员设置，请先修改密码。");
  // Clicking around in the console does not get past the password change either.
  await consoleNav(user).getByRole("link", { name: "工作台" }).click();
  // Either the dashboard shows up (URL /console) or, correctly, the user is kept on the password page.
  await user.waitForURL(/\/console$/, { timeout: 3000 }).catch(() => {});
  await expect(user, "client-side navigation is also sent to the password page").toHaveURL(
    /\/console\/account\/password$/,
  );
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("修改密码");
  await user.goto("/console/account/password");

  await user.getByLabel("当前密码").fill(newUser.password);
  await user.getByLabel(/^新密码/).fill(newPassword);
  await user.getByLabel("再次输入新密码").fill(newPassword);
  await user.getByRole("button", { name: "修改密码" }).click();
  await expect(user).toHaveURL(/\/login\?passwordChanged=1$/);
  await expect(user.getByRole("status")).toHaveText("密码已修改，请使用新密码重新登录。");

  // The old password no longer works; the new one does, straight to the dashboard.
  await submitSignIn(user, newUser.email, newUser.password);
  await expect(formAlert(user)).toHaveText("电子邮箱或密码不正确。");
  await signIn(user, newUser.email, newPassword);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText(`${newUser.name}，您好`);
  await userContext.close();

  // The administrator finds both events in the audit log, named in Chinese.
  await admin.goto("/console/audit");
  const rows = admin.getByRole("table").getByRole("row");
  const created = rows.filter({ hasText: newUser.email }).and(admin.locator('[data-audit-type="user.created"]'));
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(SWJ_ADMIN.name);
  await expect(
    created.getByRole("cell", { name: "创建用户", exact: true }),
    "the event type is shown as 创建用户",
  ).toBeVisible();
  // The agency administrator set the initial password, so the change of it belongs in their audit log.
  const passwordChanged = rows
    .filter({ hasText: newUser.name })
    .and(admin.locator('[data-audit-type="user.password_changed"]'));
  await expect(passwordChanged, "the agency admin sees the user's password change").toHaveCount(1);
  await expect(
    passwordChanged.getByRole("cell", { name: "修改密码", exact: true }),
    "the event type is shown as 修改密码",
  ).toBeVisible();
  await adminContext.close();
});
