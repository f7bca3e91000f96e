// Issue 15 item 3: the text of the formats agencies send (.docx, .doc/.wps, .xlsx, .xls, OFD) reaches the
// search index through the real ingest path, and a file whose text cannot be read is still accepted and marked.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { addItemAttachment } from "@/lib/items/attachments";
import { transitionRevision } from "@/lib/items/transition-revision";
import { searchItems } from "@/lib/search/search-items";
import { docxBomb, ofdDocument, wordDocx, word97, workbook } from "../fixtures/attachments/text-fixtures";
import { itemAt } from "../support/items";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";

const storageDir = path.join(process.cwd(), ".data", "test-attachments", `text-${randomBytes(4).toString("hex")}`);
vi.stubEnv("GONGKAI_STORAGE_DIR", storageDir);

let agencies: DemoAgencyIds;
let staff: CurrentUser, reviewer: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, reviewer, leader] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceReviewer, DEMO.commerceLeader].map(principalFor),
  );
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rm(storageDir, { recursive: true, force: true }));

/** Publishes an item (title and body say nothing of the attachment) with one attachment; returns the item. */
async function publishWith(title: string, file: { bytes: Buffer; fileName: string }) {
  const item = await itemAt("DRAFT", { drafter: staff, reviewer, leader }, agencies.commerce, { title });
  const attachment = await addItemAttachment({ actor: staff, itemId: item.id, file });
  await transitionRevision({ actor: staff, itemId: item.id, transition: "submit" });
  await transitionRevision({ actor: reviewer, itemId: item.id, transition: "pass" });
  await transitionRevision({ actor: leader, itemId: item.id, transition: "approve" });
  return { item, attachment };
}

async function foundIds(q: string) {
  const outcome = await searchItems({ q, filter: {}, page: 1 });
  expect(outcome.kind).toBe("results");
  return outcome.kind === "results" ? outcome.hits.map((h) => h.id) : [];
}

describe("search finds a published item by words only in its attachment", () => {
  it("in its .docx and in its .ofd, and not by words of the other", async () => {
    const docx = await publishWith("三元区商务局关于附件一的通知", {
      bytes: wordDocx(["关于加强冷链食品追溯管理的实施方案", "各县（市、区）商务主管部门："], {
        table: [
          ["序号", "责任单位"],
          ["1", "市场监管局"],
        ],
      }),
      fileName: "实施方案.docx",
    });
    const ofd = await publishWith("三元区商务局关于附件二的通知", {
      bytes: ofdDocument([["三元区农村电子商务示范县建设总结", "逐字排版的农产品上行数据"], ["第二页：物流配送体系"]]),
      fileName: "建设总结.ofd",
    });
    expect(docx.attachment.textStatus).toBe("OK");
    expect(ofd.attachment.textStatus).toBe("OK");

    expect(await foundIds("冷链食品追溯")).toEqual([docx.item.id]);
    expect(await foundIds("市场监管局")).toEqual([docx.item.id]); // a table cell
    expect(await foundIds("电子商务示范县")).toEqual([ofd.item.id]);
    expect(await foundIds("农产品上行")).toEqual([ofd.item.id]); // set one character per text object
    expect(await foundIds("物流配送")).toEqual([ofd.item.id]); // second page
  });

  it("in its .doc (Word 97-2003 / WPS), .xlsx and .xls", async () => {
    const doc = await publishWith("附件三", {
      bytes: word97(["关于印发政务公开标准目录的通知"]),
      fileName: "目录.wps",
    });
    const xlsx = await publishWith("附件四", {
      bytes: workbook(
        {
          预算表: [
            ["项目", "金额（万元）"],
            ["商贸流通专项资金", 120],
          ],
        },
        "xlsx",
      ),
      fileName: "预算.xlsx",
    });
    const xls = await publishWith("附件五", {
      bytes: workbook(
        {
          名单: [
            ["单位", "联系人"],
            ["城关供销合作社", "王𬌗明"],
          ],
        },
        "xls",
      ),
      fileName: "名单.xls",
    });
    expect(doc.attachment).toMatchObject({ contentType: "application/msword", fileName: "目录.wps", textStatus: "OK" });
    expect(await foundIds("政务公开标准目录")).toEqual([doc.item.id]);
    expect(await foundIds("商贸流通专项资金")).toEqual([xlsx.item.id]);
    expect(await foundIds("城关供销合作社")).toEqual([xls.item.id]);
  });
});

describe("a file whose text cannot be read", () => {
  it("is accepted and marked UNREADABLE (a zip bomb), and the item still publishes", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { item, attachment } = await publishWith("附件六", { bytes: docxBomb(300), fileName: "炸弹.docx" });
    expect(attachment).toMatchObject({ textStatus: "UNREADABLE", text: "" });
    expect(await db.attachment.count({ where: { id: attachment.id } })).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("unreadable"));
    expect(await foundIds("附件六")).toEqual([item.id]); // found by its title still
  });

  it("is marked NONE when it is readable but holds no text (an image, an empty document)", async () => {
    const { attachment } = await publishWith("附件七", { bytes: wordDocx([]), fileName: "空白.docx" });
    expect(attachment).toMatchObject({ textStatus: "NONE", text: "" });
  });
});
