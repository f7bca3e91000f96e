// Wrong passwords are refused, and an account with too many failures is locked for a while.
// Failures also count per client address (20 in 15 minutes): this run adds only 6, from these tests.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SWJ_REVIEWER, demoAccount } from "./support/accounts";
import { formAlert, signInButton, submitSignIn } from "./support/sign-in";

// Locked for 15 minutes by this spec, so no other spec signs in with it.
const LOCKED_ACCOUNT = demoAccount("qzf.leader@gongkai.demo");
const MAX_FAILURES_PER_ACCOUNT = 5;

test("a wrong password is refused and the user stays on the sign-in page", async ({ page }) => {
  await page.goto("/login");
  await submitSignIn(page, SWJ_REVIEWER.email, "not-the-password-1");
  await expect(formAlert(page)).toHaveText("电子邮箱或密码不正确。");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  // The typed address is kept so the user only retypes the password.
  await expect(page.getByLabel("电子邮箱")).toHaveValue(SWJ_REVIEWER.email);
});

test("after repeated failures the account is locked, even for the correct password", async ({ page }) => {
  await page.goto("/login");
  for (let attempt = 1; attempt <= MAX_FAILURES_PER_ACCOUNT; attempt++) {
    await submitSignIn(page, LOCKED_ACCOUNT.email, `wrong-password-${attempt}`);
    await expect(formAlert(page)).toHaveText("电子邮箱或密码不正确。");
    // Wait for the form to be usable again before the next attempt.
    await expect(signInButton(page)).toBeEnabled();
  }

  await submitSignIn(page, LOCKED_ACCOUNT.email, DEMO_PASSWORD);
  const alert = formAlert(page);
  await expect(alert).toContainText("登录失败次数过多");
  await expect(alert).toHaveText(/请 1[45] 分钟后再试/);
  await expect(page).toHaveURL(/\/login(\?|$)/);
});
