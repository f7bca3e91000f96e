// Separation of duties in the user pages (issue 18): granting one person 经办人 + 保密审查 + 领导 in one agency
// is saved with a warning that stays on the user page; nobody is offered a form to change their own roles.
import { expect, test } from "@playwright/test";
import { SWJ_ADMIN, uniqueEmail } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { createStaffUser, uniqueName } from "./support/users";

test("the administrator is warned when one person holds the whole review chain, and cannot change their own roles", async ({
  page,
}) => {
  await signIn(page, SWJ_ADMIN.email);
  const name = uniqueName("全链");
  const id = await createStaffUser(page, { name, email: uniqueEmail("chain"), password: "Initial-pass-2026" });
  await expect(page.getByTestId("combined-roles-warning")).toHaveCount(0);

  const roles = page.getByRole("form", { name: /的角色$/ });
  await roles.getByRole("checkbox", { name: "保密审查" }).check();
  await roles.getByRole("checkbox", { name: "领导" }).check();
  await roles.getByRole("button", { name: "保存" }).click();
  await expect(roles.getByText(/角色已保存。请注意：该用户在本机关同时担任经办人、保密审查和领导/)).toBeVisible();
  await page.goto(`/console/users/${id}`);
  await expect(page.getByTestId("combined-roles-warning")).toContainText("同时担任经办人、保密审查和领导");

  // The grant is in the audit log, with its warning, in words.
  await page.goto(`/console/audit?entityType=user&entityId=${id}`);
  await expect(
    page
      .getByTestId("audit-sentence")
      .filter({ hasText: /授予角色“领导”（提示：该用户在本机关同时担任经办人、保密审查和领导）/ }),
  ).toHaveCount(1);

  // On their own page the administrator sees their roles but no form to change them.
  await page.goto("/console/users");
  await page.getByRole("link", { name: "张管理" }).click();
  await expect(page.getByTestId("own-roles")).toContainText("管理员");
  await expect(page.getByRole("form", { name: /的角色$/ })).toHaveCount(0);
  await expect(page.getByText("不能修改自己的角色，请由其他管理员办理。")).toBeVisible();
});
