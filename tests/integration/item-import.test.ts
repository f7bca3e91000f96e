// 信息导入 on a real database. Historical imports (marked by the administrator, every row published before
// the agency's 上线日期): a valid file imports every row with its metadata and 索引号 (kept, its
// serial reserved, or assigned from the 发布日期's year) and an audit row each; a file with problems
// imports nothing and reports every problem with its row and column; XLSX and GBK files; permissions.
import { beforeEach, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import * as XLSX from "@e965/xlsx";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { chinaToday, fromDbDate } from "@/lib/calendar/calendar-date";
import { importCsv, importTemplateCsv } from "@/lib/items/import/csv";
import { ImportValidationError, type ImportRowError } from "@/lib/items/import/errors";
import { importItems } from "@/lib/items/import/import-items";
import { publicItemWhere } from "@/lib/items/visibility";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { itemAt } from "../support/items";
import { addDays, toDbDate } from "@/lib/calendar/calendar-date";
import { transitionRevision } from "@/lib/items/transition-revision";
import { updateAgency } from "@/lib/agencies/update-agency";

let agencies: DemoAgencyIds;
let admin: CurrentUser,
  staff: CurrentUser,
  reviewer: CurrentUser,
  leader: CurrentUser,
  financeAdmin: CurrentUser,
  platformAdmin: CurrentUser;

beforeEach(async () => {
  // The full demo data (商务局's catalogue and 27-item history), whatever the shared seedDemo helper loads.
  await seedDemoData(db);
  agencies = await seedDemo();
  [admin, staff, reviewer, leader, financeAdmin, platformAdmin] = await Promise.all(
    [
      DEMO.commerceAdmin,
      DEMO.commerceStaff,
      DEMO.commerceReviewer,
      DEMO.commerceLeader,
      DEMO.financeAdmin,
      DEMO.platformAdmin,
    ].map(principalFor),
  );
  // Most files below are history up to today: the bureau goes live the day after tomorrow. (Tomorrow stays
  // a future date, refused as such, not as a date after the go-live.)
  await db.agency.update({
    where: { id: agencies.commerce },
    data: { goLiveOn: toDbDate(addDays(chinaToday(), 2)) },
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (text: string, fileName = "历史信息.csv") => ({ bytes: utf8(text), fileName });

const row = (overrides: Record<string, string> = {}) => ({
  title: "三元区商务局关于开展2019年“安全生产月”活动的通知",
  documentNumber: "元商务【2019】7号",
  writtenOn: "2019/5/28",
  publishedOn: "2019年6月3日",
  subjectCategory: "09",
  catalogueCategory: "安全生产、应急管理类",
  genre: "通知",
  channels: "政府网站",
  bodyMarkdown: "各商贸企业：\n\n请做好**安全生产**工作。",
  ...overrides,
});

async function rowErrorsOf(work: Promise<unknown>): Promise<ImportRowError[]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImportValidationError) {
      expect(error.code).toBe("VALIDATION");
      return error.rowErrors;
    }
    throw error;
  }
  throw new Error("the import was accepted");
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** Everything an import could have written, to show that a refused file wrote nothing. */
async function snapshot() {
  return {
    items: await db.item.count(),
    revisions: await db.itemRevision.count(),
    audit: await db.auditEvent.count(),
    serials: await db.indexSerial.findMany({ orderBy: [{ agencyId: "asc" }, { year: "asc" }] }),
  };
}

async function itemsOfBatch(batch: string) {
  const events = await db.auditEvent.findMany({
    where: { type: "item.imported", payload: { path: ["batch"], equals: batch } },
    orderBy: { id: "asc" },
  });
  return db.item.findMany({
    where: { id: { in: events.map((e) => e.entityId) } },
    include: { liveRevision: { include: { catalogueCategory: { include: { parent: true } } } }, revisions: true },
    orderBy: { publishedAt: "asc" },
  });
}

describe("a valid file", () => {
  it("imports every row as a published item with its metadata, 索引号 and audit row", async () => {
    const year = Number(chinaToday().slice(0, 4));
    const csv = importCsv([
      row({
        title: "三元区<b>市场运行</b>调控资金管理办法",
        indexNumber: "350403001/2019-00042",
        subjectCategory: "财政、金融、审计",
        catalogueCategory: "财政资金类/专项资金",
        genre: "意见",
        documentKind: "行政规范性文件",
        channels: "政府网站、公开栏，新媒体",
        validity: "废止",
        validityChangedOn: "2021-12-31",
        keywords: "资金管理，专项资金",
        summary: "规定调控资金的使用。",
        bodyMarkdown: "# 第一章 总则\n\n<script>alert(1)</script>第一条 为规范资金管理……",
      }),
      row({ indexNumber: "自编-2019-001", writtenOn: "2019-06-10", publishedOn: "2019-06-12", catalogueCategory: "" }),
      row({
        title: "三元区商务局2019年政府信息公开工作年度报告",
        documentNumber: "",
        genre: "报告",
        subjectCategory: "2",
        writtenOn: "2019-12-20",
        publishedOn: "2019-12-25",
      }),
      row({
        title: "今年的一份文件",
        indexNumber: `350403001/${year}-00007`,
        writtenOn: chinaToday(),
        publishedOn: chinaToday(),
      }),
    ]);
    const before = await db.item.count({ where: publicItemWhere });
    const result = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: csvFile(csv),
    });
    expect(result.imported).toBe(4);
    expect(await db.item.count({ where: publicItemWhere })).toBe(before + 4);

    const items = await itemsOfBatch(result.batch);
    expect(items).toHaveLength(4);
    const [fund, kept, assigned, current] = items;
    expect(fund).toMatchObject({
      agencyId: agencies.commerce,
      state: "PUBLISHED",
      origin: "IMPORT",
      indexNumber: "350403001/2019-00042",
      validity: "REPEALED",
      createdById: admin.id,
    });
    expect(fromDbDate(fund.publishedOn!)).toBe("2019-06-03");
    expect(fund.publishedAt!.toISOString()).toBe("2019-06-03T01:00:00.000Z"); // 09:00 China time
    expect(fromDbDate(fund.validityChangedOn!)).toBe("2021-12-31");
    expect(fund.revisions).toHaveLength(1);
    expect(fund.liveRevision).toMatchObject({
      number: 1,
      status: "APPROVED",
      disclosure: "PROACTIVE",
      drafterId: admin.id,
      approvedById: admin.id,
      title: "三元区市场运行调控资金管理办法",
      documentNumber: "元商务〔2019〕7号",
      subjectCategory: "04",
      genre: "OPINION",
      documentKind: "NORMATIVE_DOCUMENT",
      channels: ["WEBSITE", "BULLETIN_BOARD", "NEW_MEDIA"],
      keywords: ["资金管理", "专项资金"],
      summary: "规定调控资金的使用。",
    });
    expect(fromDbDate(fund.liveRevision!.writtenOn)).toBe("2019-05-28");
    expect(fund.liveRevision!.approvedAt).toBeInstanceOf(Date);
    expect(fund.liveRevision!.catalogueCategory).toMatchObject({ name: "专项资金", parent: { name: "财政资金类" } });
    expect(fund.liveRevision!.bodyHtml).toContain("<h2>第一章 总则</h2>");
    expect(fund.liveRevision!.bodyHtml).not.toContain("script");

    expect(kept.indexNumber).toBe("自编-2019-001");
    expect(kept.liveRevision!.catalogueCategoryId).toBeNull();
    // No number given: the next serial of the 发布日期's year, after the reserved 00042.
    expect(assigned.indexNumber).toBe("350403001/2019-00043");
    expect(assigned.liveRevision).toMatchObject({ subjectCategory: "02", genre: "REPORT", documentNumber: "" });
    expect(current.indexNumber).toBe(`350403001/${year}-00007`);

    const events = await db.auditEvent.findMany({
      where: { type: "item.imported", payload: { path: ["batch"], equals: result.batch } },
    });
    expect(events).toHaveLength(4);
    expect(
      events.every((e) => e.actorId === admin.id && e.agencyId === agencies.commerce && e.entityType === "item"),
    ).toBe(true);
    expect(events.map((e) => (e.payload as { indexNumber: string }).indexNumber).sort()).toEqual(
      items.map((i) => i.indexNumber).sort(),
    );

    // The kept number's serial is reserved: the next publication of this year skips it.
    const published = await itemAt("PUBLISHED", { drafter: staff, reviewer, leader }, agencies.commerce);
    expect((await db.item.findUniqueOrThrow({ where: { id: published.id } })).indexNumber).toBe(
      `350403001/${year}-00008`,
    );
  });

  it("reads XLSX workbooks, with Excel date cells and numeric codes", async () => {
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ["发布日期", "标题*", "成文日期", "主题分类", "体裁", "公开方式", "目录分类"],
        [
          new Date(Date.UTC(2016, 2, 28)),
          "三元区商务局关于开展诚信主题实践活动的通知",
          new Date(Date.UTC(2016, 2, 21)),
          8,
          "通知",
          "政府网站",
          "其他",
        ],
        [],
        ["2016/10/14", "2016年1—9月三元区商务运行情况", "2016年10月10日", "08", "其他", "政府网站", "统计数据类"],
      ],
      { cellDates: true },
    );
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, "历史信息");
    const bytes = new Uint8Array(XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }));
    const result = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: { bytes, fileName: "历史信息.xlsx" },
    });
    expect(result.imported).toBe(2);
    const items = await itemsOfBatch(result.batch);
    expect(
      items.map((i) => [
        fromDbDate(i.publishedOn!),
        fromDbDate(i.liveRevision!.writtenOn),
        i.liveRevision!.subjectCategory,
        i.liveRevision!.catalogueCategory?.name,
      ]),
    ).toEqual([
      ["2016-03-28", "2016-03-21", "08", "其他"],
      ["2016-10-14", "2016-10-10", "08", "统计数据类"],
    ]);
    // Serials continue after the demo history's reserved 2016-00009.
    expect(items.map((i) => i.indexNumber)).toEqual(["350403001/2016-00010", "350403001/2016-00011"]);

    // A blank row keeps the spreadsheet's numbering in error reports.
    XLSX.utils.sheet_add_aoa(sheet, [["2016/10/14", "", "2016-10-10", "08", "其他", "政府网站", ""]], { origin: "A5" });
    const again = new Uint8Array(XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }));
    const errors = await rowErrorsOf(
      importItems({
        historical: true,
        actor: admin,
        agencyId: agencies.commerce,
        file: { bytes: again, fileName: "历史信息.xlsx" },
      }),
    );
    expect(errors).toContainEqual({ row: 5, column: "标题", message: "required" });
  });

  it("reads GBK/GB18030 CSV as Chinese Excel saves it, detected or chosen", async () => {
    const csv = importCsv([
      row(),
      row({ title: "三元区商务局关于做好汛期安全防范工作的通知", publishedOn: "2019-06-20" }),
    ]);
    const bytes = new Uint8Array(iconv.encode(csv, "gbk"));
    const detected = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: { bytes, fileName: "gbk.csv" },
    });
    expect((await itemsOfBatch(detected.batch)).map((i) => i.liveRevision!.title)).toEqual([
      "三元区商务局关于开展2019年“安全生产月”活动的通知",
      "三元区商务局关于做好汛期安全防范工作的通知",
    ]);
    // Told it is UTF-8, a GBK file is refused with a sentence saying so, not read as garbage.
    const errors = await rowErrorsOf(
      importItems({
        historical: true,
        actor: admin,
        agencyId: agencies.commerce,
        file: { bytes, fileName: "gbk.csv" },
        encoding: "utf-8",
      }),
    );
    expect(errors).toEqual([{ row: null, column: null, message: "importNotUtf8" }]);
    const chosen = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: {
        bytes: new Uint8Array(iconv.encode(importCsv([row({ title: "选择编码导入" })]), "gb18030")),
        fileName: "a.csv",
      },
      encoding: "gb18030",
    });
    expect((await itemsOfBatch(chosen.batch))[0].liveRevision!.title).toBe("选择编码导入");
  });

  it("accepts its own template (UTF-8 with BOM, marked headers, example row)", async () => {
    const result = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: { bytes: importTemplateCsv(), fileName: "模板.csv" },
    });
    expect(result.imported).toBe(1);
    const [item] = await itemsOfBatch(result.batch);
    expect(item.liveRevision).toMatchObject({
      documentNumber: "元商务〔2017〕12号",
      channels: ["WEBSITE", "BULLETIN_BOARD"],
    });
    expect(item.liveRevision!.catalogueCategory?.name).toBe("安全生产、应急管理类");
  });
});

describe("a file with problems imports nothing", () => {
  it("reports every problem of every row with its row and column", async () => {
    const before = await snapshot();
    // Tomorrow in China (the law's calendar), the day before the go-live set above. (Counted from the UTC date
    // it fell on the go-live day itself until 16:00 UTC, and the go-live refusal joined the future-date one.)
    const tomorrow = addDays(chinaToday(), 1);
    const csv = importCsv([
      row({ title: "" }), // row 2
      row({ writtenOn: "2017-13-01", subjectCategory: "99" }), // row 3
      row({ genre: "通知书", publishedOn: tomorrow, channels: "政府网站、微博" }), // row 4
      row(), // row 5: fine
      row({ writtenOn: "2019-07-01", validity: "失效", catalogueCategory: "不存在的分类" }), // row 6
      row({ documentKind: "规范性文件", validity: "作废" }), // row 7
    ]);
    const errors = await rowErrorsOf(
      importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile(csv) }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "标题", message: "required" },
        { row: 3, column: "成文日期", message: "importDate" },
        { row: 3, column: "主题分类", message: "importSubjectUnknown", params: { value: "99" } },
        { row: 4, column: "体裁", message: "importGenreUnknown", params: { value: "通知书" } },
        { row: 4, column: "公开方式", message: "importChannelUnknown", params: { value: "微博" } },
        { row: 6, column: "成文日期", message: "importWrittenAfterPublished" },
        { row: 6, column: "有效性变更日期", message: "importValidityDateRequired" },
        { row: 7, column: "文件类型", message: "importDocumentKindUnknown", params: { value: "规范性文件" } },
        { row: 7, column: "有效性", message: "importValidityUnknown", params: { value: "作废" } },
      ]),
    );
    expect(errors.some((e) => e.row === 5)).toBe(false);
    // Only the problems there are: a refused 有效性 does not also ask for its change date.
    expect(errors.filter((e) => e.row === 7)).toHaveLength(2);
    expect(await snapshot()).toEqual(before);

    // The future date (row 4) and the unknown category (row 6) are found once the rows parse.
    const second = await rowErrorsOf(
      importItems({
        historical: true,
        actor: admin,
        agencyId: agencies.commerce,
        file: csvFile(
          importCsv([
            row(),
            row({ publishedOn: tomorrow, writtenOn: tomorrow }),
            row({ catalogueCategory: "不存在的分类" }),
          ]),
        ),
      }),
    );
    expect(second).toEqual([
      { row: 3, column: "成文日期", message: "futureDate" },
      { row: 3, column: "发布日期", message: "futureDate" },
      { row: 4, column: "目录分类", message: "importCategoryUnknown" },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses duplicate 索引号 within the file and against the database", async () => {
    const before = await snapshot();
    const csv = importCsv([
      row({ indexNumber: "350403001/2019-00001" }),
      row({ indexNumber: "350403001/2019-00001" }),
      row({ indexNumber: "350403001/2008-00001" }), // a demo item's number
      row({ indexNumber: "350403001/2019-00002" }),
    ]);
    const errors = await rowErrorsOf(
      importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile(csv) }),
    );
    expect(errors).toEqual([
      { row: 3, column: "索引号", message: "importIndexNumberDuplicate", params: { row: 2 } },
      { row: 4, column: "索引号", message: "importIndexNumberTaken" },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses unknown, duplicate and missing columns, empty and unreadable files", async () => {
    const header = await rowErrorsOf(
      importItems({
        historical: true,
        actor: admin,
        agencyId: agencies.commerce,
        file: csvFile("标题,成文日期,发布日期,主题分类,体裁,备注,标题\r\n一,2017-01-01,2017-01-02,02,通知,x,一\r\n"),
      }),
    );
    expect(header).toEqual([
      { row: 1, column: "备注", message: "importUnknownColumn" },
      { row: 1, column: "标题", message: "importDuplicateColumn" },
      { row: 1, column: "公开方式", message: "importMissingColumn" },
    ]);
    expect(
      await rowErrorsOf(
        importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile("") }),
      ),
    ).toEqual([{ row: null, column: null, message: "importEmptyFile" }]);
    expect(
      await rowErrorsOf(
        importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile(importCsv([])) }),
      ),
    ).toEqual([{ row: null, column: null, message: "importNoRows" }]);
    expect(
      await rowErrorsOf(
        importItems({
          historical: true,
          actor: admin,
          agencyId: agencies.commerce,
          file: { bytes: utf8("PK\u0003\u0004garbage"), fileName: "x.xlsx" },
        }),
      ),
    ).toEqual([{ row: null, column: null, message: "importUnreadable" }]);
  });

  it("refuses more than 5,000 rows", async () => {
    const csv = importCsv(Array.from({ length: 5001 }, () => row()));
    expect(
      await rowErrorsOf(
        importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile(csv) }),
      ),
    ).toEqual([{ row: null, column: null, message: "importTooManyRows", params: { max: 5000 } }]);
  });
});

describe("who may import", () => {
  it("agency admins and the platform administrator; staff are refused; other agencies do not exist for them", async () => {
    const file = csvFile(importCsv([row()]));
    expect(await codeOf(importItems({ historical: true, actor: staff, agencyId: agencies.commerce, file }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(importItems({ historical: true, actor: leader, agencyId: agencies.commerce, file }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(importItems({ historical: true, actor: financeAdmin, agencyId: agencies.commerce, file })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(importItems({ historical: true, actor: admin, agencyId: agencies.finance, file }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        importItems({ historical: true, actor: admin, agencyId: "0190b2a4-0000-7000-8000-000000000000", file }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        importItems({
          historical: true,
          actor: platformAdmin,
          agencyId: agencies.commerce,
          file: csvFile(importCsv([row({ catalogueCategory: "" })])),
        }),
      ),
    ).toBe("ok");
  });
});

describe("import does not bypass review", () => {
  const reviewRow = (overrides: Record<string, string> = {}) => row({ publishedOn: "", ...overrides });

  it("without 历史信息, every row is submitted for 保密审查 by the importer, public only after two others pass it", async () => {
    const before = await db.item.count({ where: publicItemWhere });
    const result = await importItems({
      actor: admin,
      agencyId: agencies.commerce,
      file: csvFile(importCsv([reviewRow(), reviewRow({ title: "三元区商务局关于开展消费促进月活动的通知" })])),
    });
    expect(result.imported).toBe(2);
    expect(await db.item.count({ where: publicItemWhere })).toBe(before);
    const items = await db.item.findMany({
      where: {
        id: {
          in: (
            await db.auditEvent.findMany({
              where: { type: "item.imported", payload: { path: ["batch"], equals: result.batch } },
            })
          ).map((e) => e.entityId),
        },
      },
      include: { revisions: true },
    });
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatchObject({
        state: "DRAFT",
        origin: "IMPORT",
        indexNumber: null,
        publishedOn: null,
        liveRevisionId: null,
      });
      expect(item.revisions).toHaveLength(1);
      expect(item.revisions[0]).toMatchObject({ status: "PENDING_REVIEW", drafterId: admin.id, approvedById: null });
    }
    // The audit says who imported what, and that it was not historical.
    const events = await db.auditEvent.findMany({
      where: { type: "item.imported", payload: { path: ["batch"], equals: result.batch } },
    });
    expect(events.map((e) => ({ actor: e.actorId, payload: e.payload }))).toEqual(
      items.map(() => ({ actor: admin.id, payload: expect.objectContaining({ historical: false, indexNumber: "" }) })),
    );

    // The chain runs as for any draft: reviewer, then leader; the importer (the drafter) may do neither.
    const [first] = items;
    await transitionRevision({ actor: reviewer, itemId: first.id, transition: "pass" });
    await transitionRevision({ actor: leader, itemId: first.id, transition: "approve" });
    const published = await db.item.findUniqueOrThrow({ where: { id: first.id } });
    expect(published.state).toBe("PUBLISHED");
    expect(fromDbDate(published.publishedOn!)).toBe(chinaToday());
    expect(published.indexNumber).toMatch(/^350403001\/\d{4}-\d{5}$/);
  });

  it("a review import may not carry a 发布日期 or 索引号: they are given at approval", async () => {
    const csv = importCsv([row({ indexNumber: "350403001/2019-00042" })]);
    const before = await snapshot();
    expect(await rowErrorsOf(importItems({ actor: admin, agencyId: agencies.commerce, file: csvFile(csv) }))).toEqual([
      { row: 2, column: "发布日期", message: "importHistoricalOnly" },
      { row: 2, column: "索引号", message: "importHistoricalOnly" },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("historical rows must be dated before the 上线日期; an agency without one imports no history", async () => {
    await db.agency.update({ where: { id: agencies.commerce }, data: { goLiveOn: toDbDate("2019-06-10") } });
    const csv = importCsv([
      row({ publishedOn: "2019-06-09" }),
      row({ publishedOn: "2019-06-10", writtenOn: "2019-06-01" }), // the go-live day itself is not history
      row({ publishedOn: "" }),
    ]);
    const before = await snapshot();
    expect(
      await rowErrorsOf(
        importItems({ historical: true, actor: admin, agencyId: agencies.commerce, file: csvFile(csv) }),
      ),
    ).toEqual([
      { row: 3, column: "发布日期", message: "importNotBeforeGoLive", params: { goLiveOn: "2019-06-10" } },
      { row: 4, column: "发布日期", message: "required" },
    ]);
    expect(await snapshot()).toEqual(before);

    await db.agency.update({ where: { id: agencies.commerce }, data: { goLiveOn: null } });
    const refused = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: csvFile(importCsv([row()])),
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { historical: ["importHistoricalWithoutGoLive"] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("historical imports are recorded as such in the audit", async () => {
    const result = await importItems({
      historical: true,
      actor: admin,
      agencyId: agencies.commerce,
      file: csvFile(importCsv([row()])),
    });
    const [event] = await db.auditEvent.findMany({
      where: { type: "item.imported", payload: { path: ["batch"], equals: result.batch } },
    });
    expect(event.payload).toMatchObject({ historical: true, indexNumber: expect.stringMatching(/^350403001\/2019-/) });
  });

  it("only the platform administrator sets the 上线日期, audited; an agency administrator cannot move it", async () => {
    const a = await db.agency.findUniqueOrThrow({ where: { id: agencies.commerce } });
    const form = {
      code: a.code,
      name: a.name,
      shortName: a.shortName,
      parentId: a.parentId ?? "",
      address: a.address,
      postcode: a.postcode,
      phone: a.phone,
      fax: a.fax,
      email: a.email,
      website: a.website,
      officeHours: a.officeHours,
      disclosureOffice: a.disclosureOffice,
      sortOrder: String(a.sortOrder),
    };
    await updateAgency({
      actor: platformAdmin,
      agencyId: agencies.commerce,
      input: { ...form, goLiveOn: "2020-01-01" },
    });
    expect(fromDbDate((await db.agency.findUniqueOrThrow({ where: { id: agencies.commerce } })).goLiveOn!)).toBe(
      "2020-01-01",
    );
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "agency.updated" }, orderBy: { id: "desc" } });
    expect(Object.keys((event.payload as { changes: object }).changes)).toEqual(["goLiveOn"]);
    // Saving the same date again changes nothing.
    await updateAgency({
      actor: platformAdmin,
      agencyId: agencies.commerce,
      input: { ...form, goLiveOn: "2020-01-01" },
    });
    expect(await db.auditEvent.count({ where: { type: "agency.updated" } })).toBe(1);
    // The agency's own administrator edits contact details only: the date is ignored.
    await updateAgency({ actor: admin, agencyId: agencies.commerce, input: { ...form, goLiveOn: "2030-01-01" } });
    expect(fromDbDate((await db.agency.findUniqueOrThrow({ where: { id: agencies.commerce } })).goLiveOn!)).toBe(
      "2020-01-01",
    );
  });
});
