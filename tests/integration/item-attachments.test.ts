// Attachments of items: checked by content (a renamed HTML page or program is refused), PDF text kept
// for search, only the drafter of an editable revision changes them, and the public download answers
// only for a public item's live revision.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { addItemAttachment, removeItemAttachment } from "@/lib/items/attachments";
import { findPublicAttachment } from "@/lib/items/public-queries";
import { startRevision } from "@/lib/items/start-revision";
import { transitionRevision } from "@/lib/items/transition-revision";
import { withdrawItem } from "@/lib/items/withdraw-item";
import { chinesePdf, exe, html } from "../fixtures/attachments/build-fixtures";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { itemAt } from "../support/items";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `items-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);

let agencies: DemoAgencyIds;
let staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, reviewer, leader] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
  );
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

const people = () => ({ drafter: staff, reviewer, leader });

async function publishWithAttachment() {
  const item = await itemAt("DRAFT", people(), agencies.commerce);
  const attachment = await addItemAttachment({
    actor: staff,
    itemId: item.id,
    file: { bytes: chinesePdf(["关于2017年安全生产月活动的通知"]), fileName: "通知.pdf" },
  });
  await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
  await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
  await transitionRevision({ actor: leader, itemId: item.id, transition: "approve" });
  return { item, attachment };
}

describe("item attachments", () => {
  it("stores a PDF with its detected type and extracted Chinese text, and audits it", async () => {
    const item = await itemAt("DRAFT", people(), agencies.commerce);
    const attachment = await addItemAttachment({
      actor: staff,
      itemId: item.id,
      file: { bytes: chinesePdf(["政府信息公开工作年度报告"]), fileName: "年报.pdf" },
    });
    expect(attachment).toMatchObject({ fileName: "年报.pdf", contentType: "application/pdf" });
    expect(attachment.text).toContain("政府信息公开工作年度报告");
    expect(await db.auditEvent.count({ where: { entityId: item.id, type: "item.attachment_added" } })).toBe(1);
  });

  it.each([
    ["an HTML page named .pdf", html(), "报告.pdf"],
    ["a program named .docx", exe(), "通知.docx"],
  ])("refuses %s", async (_what, bytes, fileName) => {
    const item = await itemAt("DRAFT", people(), agencies.commerce);
    const error = await addItemAttachment({ actor: staff, itemId: item.id, file: { bytes, fileName } }).catch(
      (e: AppError) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ file: ["attachmentTypeRefused"] });
    expect(await db.attachment.count()).toBe(0);
  });

  it("only the drafter of an editable revision adds or removes attachments", async () => {
    const item = await itemAt("DRAFT", people(), agencies.commerce);
    const file = { bytes: chinesePdf(["附件"]), fileName: "附件.pdf" };
    expect(await addItemAttachment({ actor: reviewer, itemId: item.id, file }).catch((e: AppError) => e.code)).toBe(
      "FORBIDDEN",
    );
    const attachment = await addItemAttachment({ actor: staff, itemId: item.id, file });
    await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
    expect(await addItemAttachment({ actor: staff, itemId: item.id, file }).catch((e: AppError) => e.code)).toBe(
      "CONFLICT",
    );
    expect(
      await removeItemAttachment({ actor: staff, itemId: item.id, attachmentId: attachment.id }).catch(
        (e: AppError) => e.code,
      ),
    ).toBe("CONFLICT");
  });

  it("is downloadable by the public only while its item is published, and only from the live revision", async () => {
    const { item, attachment } = await publishWithAttachment();
    expect(await findPublicAttachment(item.id, attachment.id)).toMatchObject({ fileName: "通知.pdf" });
    // An attachment id with another item's id does not match.
    const other = await itemAt("PUBLISHED", people(), agencies.commerce);
    expect(await findPublicAttachment(other.id, attachment.id)).toBeNull();

    // A new revision's attachment is not public until that revision is approved.
    await startRevision({ actor: staff, itemId: item.id });
    const draftAttachment = await addItemAttachment({
      actor: staff,
      itemId: item.id,
      file: { bytes: chinesePdf(["修订稿"]), fileName: "修订稿.pdf" },
    });
    expect(await findPublicAttachment(item.id, draftAttachment.id)).toBeNull();
    expect(await findPublicAttachment(item.id, attachment.id)).not.toBeNull();

    await withdrawItem({ actor: leader, itemId: item.id, input: { reason: "内容有误" } });
    expect(await findPublicAttachment(item.id, attachment.id)).toBeNull();
  });
});
