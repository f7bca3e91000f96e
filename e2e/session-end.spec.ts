// Signing out ends the session on the server: a session cookie saved before sign-out — copied from the
// browser, or kept by a shared computer's profile — no longer opens the console.
import { expect, test } from "@playwright/test";
import { CZJ_STAFF } from "./support/accounts";
import { signIn, signOut } from "./support/sign-in";

test("a cookie replayed after sign-out opens nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, CZJ_STAFF.email);
  const saved = await context.storageState();
  expect(saved.cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await signOut(page);

  const replay = await browser.newContext({ storageState: saved });
  const thief = await replay.newPage();
  await thief.goto("/console");
  await expect(thief).toHaveURL(/\/login\?expired=1$/);
  await replay.close();
  await context.close();
});
