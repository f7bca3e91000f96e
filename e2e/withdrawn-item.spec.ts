// Issue 14 item 3: a withdrawn (已撤回) item's address answers 410 Gone with a notice — 已撤回, the withdrawal
// date, its 索引号 and title (public before the withdrawal) and a link to the catalogue — in Chinese and under
// /en in English; never the leader's free-text reason nor the item's content. A withheld (不予公开) or draft item
// still answers a plain 404 that says nothing about it. The items are the canaries of e2e/support/canary.ts,
// made through the real use cases (the withdrawal by the demo leader), run with tsx against the e2e database.
import { execFileSync } from "node:child_process";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Canary } from "./support/canary";
import { e2eDatabaseUrl, queryE2eDatabase } from "./support/database";

let canaries: Record<Canary["kind"], Canary>;

test.beforeAll(() => {
  test.setTimeout(240_000); // the use cases run under tsx, which is slow to start on a busy machine
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), [path.join("e2e", "support", "canary.ts")], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
    timeout: 200_000,
  });
  const made = JSON.parse(out.trim().split("\n").pop()!) as Canary[];
  canaries = Object.fromEntries(made.map((c) => [c.kind, c])) as typeof canaries;
});

/** The content and the reason of a canary: none of these may show on its notice. */
const hidden = (marker: string) => [`撤回 ${marker}`, `摘要 ${marker}`, `正文 ${marker}`, `${marker}.pdf`];

test("a withdrawn item's address answers 410 with its notice, in Chinese and English", async ({ page, request }) => {
  const { itemId, marker } = canaries.WITHDRAWN;
  const [row] = await queryE2eDatabase<{ index_number: string; withdrawn_at: Date }>(
    "SELECT index_number, withdrawn_at FROM item WHERE id = $1",
    [itemId],
  );
  const china = new Date(row.withdrawn_at.getTime() + 8 * 3_600_000);
  const [y, m, d] = [china.getUTCFullYear(), china.getUTCMonth() + 1, china.getUTCDate()];

  const response = await page.goto(`/items/${itemId}`);
  expect(response?.status()).toBe(410);
  const notice = page.getByTestId("withdrawn-notice");
  await expect(notice.getByRole("heading", { level: 1 })).toHaveText("该信息已撤回");
  await expect(notice.getByRole("note")).toHaveText(`该政府信息已于${y}年${m}月${d}日撤回，不再公开。`);
  await expect(notice).toContainText(row.index_number);
  await expect(notice).toContainText(`关于${marker}的通知`);
  await expect(notice.getByRole("row", { name: "状态" })).toContainText("已撤回");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("withdrawn-notice.png"), fullPage: true });
  await notice.getByRole("link", { name: "返回政府信息公开目录" }).click();
  await expect(page).toHaveURL(/\/catalogue$/);

  const html = await (await request.get(`/items/${itemId}`)).text();
  for (const text of hidden(marker)) expect(html, text).not.toContain(text);
  // Asked again (the page cache keeps only 200s): still 410.
  expect((await request.get(`/items/${itemId}`)).status()).toBe(410);

  const english = await page.goto(`/en/items/${itemId}`);
  expect(english?.status()).toBe(410);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This information has been withdrawn");
  await expect(page.getByRole("note")).toHaveText(
    `This government information was withdrawn on ${d} ${months[m - 1]} ${y} and is no longer published.`,
  );
  await expect(page.getByRole("link", { name: "Back to the government information catalogue" })).toHaveAttribute(
    "href",
    "/en/catalogue",
  );
  const englishHtml = await (await request.get(`/en/items/${itemId}`)).text();
  for (const text of hidden(marker)) expect(englishHtml, text).not.toContain(text);
});

test("a withheld or draft item still answers a plain 404 that reveals nothing of it", async ({ request }) => {
  for (const kind of ["WITHHELD", "DRAFT"] as const) {
    const { itemId, marker } = canaries[kind];
    for (const address of [`/items/${itemId}`, `/en/items/${itemId}`]) {
      const response = await request.get(address);
      expect(response.status(), `${kind} ${address}`).toBe(404);
      const html = await response.text();
      expect(html, `${kind} ${address}`).not.toContain(marker);
      expect(html).not.toContain("该信息已撤回");
      expect(html).not.toContain("This information has been withdrawn");
    }
  }
  expect((await request.get("/items/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
});
