// Staff attach files to a draft: a real PDF is accepted and its Chinese text is kept for search (pdf.js as
// bundled into the built app), an HTML page renamed .pdf is refused next to the field.
import { expect, test } from "@playwright/test";
import { chinesePdf, html } from "../tests/fixtures/attachments/build-fixtures";
import { SWJ_STAFF } from "./support/accounts";
import { queryE2eDatabase } from "./support/database";
import { signIn } from "./support/sign-in";

test("a draft's attachments are checked by content and their PDF text is extracted", async ({ page }) => {
  const title = `附件测试${Date.now().toString(36)}`;
  await signIn(page, SWJ_STAFF.email);
  await page.goto("/console/items/new");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("成文日期").fill("2026-11-20");
  await page.getByLabel("主题分类").selectOption({ label: "商贸、海关、旅游" });
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();

  await page.getByLabel("选择文件").setInputFiles({ name: "伪装.pdf", mimeType: "application/pdf", buffer: html() });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(page.getByText(/只能上传 PDF、Word、Excel、OFD 文件或图片/)).toBeVisible();

  await page
    .getByLabel("选择文件")
    .setInputFiles({ name: "检查方案.pdf", mimeType: "application/pdf", buffer: chinesePdf(["商贸领域安全检查方案"]) });
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(page.getByRole("link", { name: "检查方案.pdf" })).toBeVisible();

  const rows = await queryE2eDatabase<{ text: string; content_type: string }>(
    `SELECT a.text, a.content_type FROM attachment a JOIN item_revision r ON r.id = a.revision_id WHERE r.title = $1`,
    [title],
  );
  expect(rows).toEqual([{ content_type: "application/pdf", text: expect.stringContaining("商贸领域安全检查方案") }]);

  // The console download serves the stored file with its detected type.
  const href = await page.getByRole("link", { name: "检查方案.pdf" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
