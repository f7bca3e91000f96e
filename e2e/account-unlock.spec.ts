// An attacked account (issue 11 item 9): after too many wrong passwords the address that failed is refused, the
// owner is told by e-mail, the administrator sees the lock on the user page and unlocks it, and the owner signs in.
// This run adds 5 failures to the per-address count (20 in 15 minutes), next to sign-in-failures.spec.ts's 6.
import { expect, test } from "@playwright/test";
import { SWJ_ADMIN, uniqueEmail } from "./support/accounts";
import { waitForMail } from "./support/mail";
import { formAlert, signIn, signInButton, submitSignIn } from "./support/sign-in";
import { createStaffUser, uniqueName } from "./support/users";

test("an administrator unlocks an account that was attacked, and its owner signs in again", async ({ browser }) => {
  const staff = { name: uniqueName("锁定测试"), email: uniqueEmail("unlock"), password: "Initial-pass-2026" };
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, SWJ_ADMIN.email);
  const staffId = await createStaffUser(admin, staff);
  await expect(admin.getByTestId("sign-in-locked")).toHaveCount(0);

  const user = await (await browser.newContext()).newPage();
  await user.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(user, staff.email, `wrong-password-${attempt}`);
    await expect(formAlert(user)).toHaveText("电子邮箱或密码不正确。");
    await expect(signInButton(user)).toBeEnabled();
  }
  await submitSignIn(user, staff.email, staff.password);
  await expect(formAlert(user)).toContainText("登录失败次数过多");

  const mail = await waitForMail(staff.email, (m) => m.subject.includes("多次登录失败"));
  expect(mail.text).toContain("修改密码");

  await admin.goto(`/console/users/${staffId}`);
  await expect(admin.getByTestId("sign-in-locked")).toBeVisible();
  await admin.getByRole("button", { name: "解除登录锁定" }).click();
  await expect(admin).toHaveURL(/\?unlocked=1$/);
  await expect(admin.getByRole("main").getByRole("status")).toHaveText("已解除登录锁定。");
  await expect(admin.getByTestId("sign-in-locked")).toHaveCount(0);

  await signIn(user, staff.email, staff.password, /\/console\/account\/password$/);
});
