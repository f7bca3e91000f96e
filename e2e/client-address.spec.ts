// The client address the app records is the one it can prove: the socket's. A visitor who sends their own
// X-Forwarded-For neither escapes the per-address sign-in throttle nor writes a false address into the
// records (the e2e server has no trusted proxies, as a fresh install).
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { formAlert, submitSignIn } from "./support/sign-in";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.99", "X-Gongkai-Client-Address": "198.51.100.1" } });

test("a forged X-Forwarded-For is not taken as the client's address", async ({ page }) => {
  const email = `forged-${randomBytes(4).toString("hex")}@example.test`;
  await page.goto("/login");
  await submitSignIn(page, email, "not-the-password-1");
  await expect(formAlert(page)).toHaveText("电子邮箱或密码不正确。");

  const rows = await queryE2eDatabase<{ client_ip: string }>("SELECT client_ip FROM sign_in_attempt WHERE email = $1", [
    email,
  ]);
  expect(rows).toHaveLength(1);
  expect(rows[0].client_ip).toMatch(/^(127\.0\.0\.1|::1)$/);
});

test("every answer carries a request id a citizen can quote", async ({ request }) => {
  const first = await request.get("/api/health", { headers: { "X-Request-Id": "chosen-by-the-client" } });
  const second = await request.get("/api/health");
  const ids = [first.headers()["x-request-id"], second.headers()["x-request-id"]];
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(ids[0]).not.toBe(ids[1]);
});
