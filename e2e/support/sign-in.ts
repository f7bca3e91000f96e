// Signing in and out through the UI, as a user does.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

/** Fills in and submits the sign-in form at /login, and waits for the server's answer to arrive. */
export async function submitSignIn(page: Page, email: string, password: string) {
  if (!new URL(page.url()).pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await signInButton(page).click();
  await answered;
}

/** Exact name: while pending the button reads 正在登录…, and the console has 退出登录. */
export const signInButton = (page: Page) => page.getByRole("button", { name: "登录", exact: true });

/** Signs in and waits until the console (or the page the user is sent to) has loaded. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, landing: RegExp = /\/console$/) {
  await page.goto("/login");
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(landing);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

/** The console navigation (工作台导航). */
export const consoleNav = (page: Page) => page.getByRole("navigation", { name: "工作台导航" });

/** The id at the end of a link's href, e.g. /console/users/<id> → <id>. */
export async function idFromLink(page: Page, name: string) {
  const href = await page.getByRole("main").getByRole("link", { name, exact: true }).getAttribute("href");
  const id = href?.split("?")[0].split("/").pop();
  if (!id) throw new Error(`No link named ${name} with an id`);
  return id;
}

/**
 * The form's own alert (inside <main>): Next.js also renders an empty role=alert route announcer
 * outside it.
 */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
