// Creating a user the way an agency administrator does it, on /console/users/new.
import { expect, type Page } from "@playwright/test";

export type NewUser = { name: string; email: string; password: string };

export async function fillNewUserForm(page: Page, user: NewUser) {
  await page.getByLabel("姓名").fill(user.name);
  await page.getByLabel("电子邮箱").fill(user.email);
  // 经办人 is ticked by default; the test states the role it wants anyway.
  await page.getByRole("checkbox", { name: "经办人" }).check();
  await page.getByLabel("初始密码").fill(user.password);
  await page.getByRole("button", { name: "新建用户" }).click();
}

/** Creates a 经办人 in the administrator's agency; returns the new user's id (from the page it lands on). */
export async function createStaffUser(page: Page, user: NewUser): Promise<string> {
  await page.goto("/console/users/new");
  await fillNewUserForm(page, user);
  await expect(page).toHaveURL(/\/console\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("status")).toHaveText("用户已创建。");
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** A unique Chinese name, so rows of this test are told apart from other runs and tests. */
export const uniqueName = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 7)}`;
