// 信息导入: an agency brings items in from a file. Every row of the file is checked and every problem
// reported with its row and column; only a file without any problem is written, all rows in one
// transaction (all or nothing). Import does not bypass the review chain (分级审核、先审后发):
// - by default every row becomes an item submitted for 保密审查 (待保密审查), the importer its drafter, so a
//   reviewer and then a leader — two other people — must pass it before it is published, with its 索引号
//   and 发布日期 given at approval like any item;
// - only an import the administrator marks as historical (历史信息), every row published before the
//   agency's 上线日期 (go-live date, set by the platform administrator), is published as it was:
//   主动公开, one approved revision, its 发布日期, its 索引号 (kept, its serial reserved so it is never
//   issued again) or a new one from the serial of the 发布日期's year.
// Either way one audit event per item records who imported it, its 索引号 and whether it was historical.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db as defaultDb, type Db, type Tx } from "@/lib/db";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday, fromDbDate, toDbDate, yearOf, type CalendarDate } from "@/lib/calendar/calendar-date";
import { AppError, notFound } from "@/lib/errors/app-error";
import { VALIDATION_KEYS } from "@/lib/forms/validation";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { formatIndexNumber, parseIndexNumber, reserveSerial, takeNextSerial } from "../index-number";
import { renderBody } from "../render-body";
import {
  IMPORT_COLUMN_KEYS,
  IMPORT_COLUMNS,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
  type ImportEncoding,
} from "./columns";
import { ImportValidationError, type ImportRowError } from "./errors";
import { readTable, type RawTable } from "./read-table";
import { ZImportRow, type TImportRow } from "./row-schema";

export type ImportActor = Principal & { name: string };

export type ImportItemsOptions = {
  actor: ImportActor;
  agencyId: string;
  file: { bytes: Uint8Array; fileName: string };
  /** How to decode a CSV file; detected by default. */
  encoding?: ImportEncoding;
  /**
   * 历史信息: the rows were published before the agency's 上线日期 and are published as they were.
   * Otherwise (default) every item is submitted for review.
   */
  historical?: boolean;
  now?: Date;
};

/** Imports the file's items into the agency, or throws ImportValidationError listing every problem. */
export async function importItems(
  options: ImportItemsOptions,
  client: Db = defaultDb,
): Promise<{ imported: number; batch: string }> {
  try {
    return await client.$transaction((tx) => importItemsInTransaction(tx, options), {
      timeout: 300_000,
      maxWait: 10_000,
    });
  } catch (error) {
    // Another import or publication took one of the 索引号 meanwhile: nothing was written, try again.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
}

/**
 * The import inside the caller's transaction (the demo data loads its items within its own). Checks the
 * permission, reads and validates the whole file, and writes only when there is no problem at all.
 */
export async function importItemsInTransaction(
  tx: Tx,
  options: ImportItemsOptions,
): Promise<{ imported: number; batch: string }> {
  const { actor, agencyId } = options;
  const now = options.now ?? new Date();
  // An agency the user has nothing to do with does not exist for them; one they belong to without the
  // right role is forbidden.
  const visible = z.uuid().safeParse(agencyId).success && can(actor, "agency.read", agencyId);
  const agency = visible ? await tx.agency.findUnique({ where: { id: agencyId } }) : null;
  if (!agency) throw notFound();
  requirePermission(actor, "item.import", agencyId);

  const historical = options.historical ?? false;
  // Only the platform administrator sets the 上线日期; without one nothing can be historical.
  const goLiveOn = agency.goLiveOn ? fromDbDate(agency.goLiveOn) : null;
  if (historical && !goLiveOn)
    throw new AppError("VALIDATION", { fieldErrors: { historical: ["importHistoricalWithoutGoLive"] } });

  const table = readTable(options.file, options.encoding);
  const { rows, errors } = validateRows(table, chinaToday(now));
  const column = (key: ImportColumn) => IMPORT_COLUMNS[key];
  for (const { row, data } of rows) {
    if (historical) {
      // History is what was published before the platform: 发布日期 required, before the 上线日期.
      if (!data.publishedOn) errors.push({ row, column: column("publishedOn"), message: "required" });
      else if (goLiveOn && data.publishedOn >= goLiveOn)
        errors.push({ row, column: column("publishedOn"), message: "importNotBeforeGoLive", params: { goLiveOn } });
    } else {
      // An item going through review gets its 发布日期 and 索引号 when a leader approves it.
      if (data.publishedOn) errors.push({ row, column: column("publishedOn"), message: "importHistoricalOnly" });
      if (data.indexNumber) errors.push({ row, column: column("indexNumber"), message: "importHistoricalOnly" });
    }
  }
  const categories = await loadCategoryPaths(tx, agencyId);

  // 索引号: unique within the file and across the platform.
  const firstRowOf = new Map<string, number>();
  for (const { row, data } of rows) {
    if (!data.indexNumber) continue;
    const first = firstRowOf.get(data.indexNumber);
    if (first === undefined) firstRowOf.set(data.indexNumber, row);
    else
      errors.push({
        row,
        column: column("indexNumber"),
        message: "importIndexNumberDuplicate",
        params: { row: first },
      });
  }
  const taken = firstRowOf.size
    ? await tx.item.findMany({ where: { indexNumber: { in: [...firstRowOf.keys()] } }, select: { indexNumber: true } })
    : [];
  const takenSet = new Set(taken.map((t) => t.indexNumber));
  const resolved = rows.map(({ row, data }) => {
    if (data.indexNumber && takenSet.has(data.indexNumber))
      errors.push({ row, column: column("indexNumber"), message: "importIndexNumberTaken" });
    let categoryId: string | null = null;
    if (data.catalogueCategory.length) {
      categoryId = categories.get(data.catalogueCategory.join("/")) ?? null;
      if (!categoryId) errors.push({ row, column: column("catalogueCategory"), message: "importCategoryUnknown" });
    }
    return { row, data, categoryId };
  });
  if (errors.length) throw new ImportValidationError(errors);

  // Reserve the serials of kept numbers first, so that no number handed out below can collide with them.
  const kept = resolved.flatMap(({ data }) => {
    const parsed = data.indexNumber ? parseIndexNumber(agency.indexNumberPattern, agency.code, data.indexNumber) : null;
    return parsed ? [parsed] : [];
  });
  const highest = new Map<number, number>();
  for (const { year, serial } of kept) highest.set(year, Math.max(highest.get(year) ?? 0, serial));
  for (const [year, serial] of highest) await reserveSerial(tx, agencyId, year, serial);

  const batch = randomUUID();
  const auditActor = { id: actor.id, label: actor.name };
  for (const { data, categoryId } of resolved) {
    const id = historical
      ? await createHistoricalItem(tx, { agency, actorId: actor.id, data, categoryId, now })
      : await createItemForReview(tx, { agencyId, actorId: actor.id, data, categoryId, now });
    await recordAudit(tx, {
      type: "item.imported",
      actor: auditActor,
      agencyId,
      entity: { type: "item", id: id.itemId },
      payload: { indexNumber: id.indexNumber ?? "", title: data.title, batch, historical },
    });
  }
  return { imported: resolved.length, batch };
}

type NewItem = { actorId: string; data: TImportRow; categoryId: string | null; now: Date };

/** A historical item: published as it was, one approved revision, its 发布日期 and 索引号. */
async function createHistoricalItem(
  tx: Tx,
  {
    agency,
    actorId,
    data,
    categoryId,
    now,
  }: NewItem & { agency: { id: string; code: string; indexNumberPattern: string } },
) {
  const publishedOn = data.publishedOn!;
  const indexNumber = data.indexNumber || (await assignIndexNumber(tx, agency, publishedOn));
  const item = await tx.item.create({
    data: {
      agencyId: agency.id,
      origin: "IMPORT",
      indexNumber,
      publishedOn: toDbDate(publishedOn),
      // Historical items carry their 发布日期 only: shown as published at 09:00 China time that day.
      publishedAt: new Date(`${publishedOn}T09:00:00+08:00`),
      validity: data.validity,
      validityChangedOn: data.validityChangedOn ? toDbDate(data.validityChangedOn) : null,
      createdById: actorId,
      revisions: {
        create: {
          number: 1,
          status: "APPROVED",
          drafterId: actorId,
          approvedById: actorId,
          approvedAt: now,
          ...revisionData(data, categoryId),
        },
      },
    },
    select: { id: true, revisions: { select: { id: true } } },
  });
  // Published once its revision exists (the database insists a published item has a live revision).
  await tx.item.update({
    where: { id: item.id },
    data: { state: "PUBLISHED", liveRevisionId: item.revisions[0].id },
  });
  return { itemId: item.id, indexNumber };
}

/**
 * Any other imported item: not public, its first revision submitted for 保密审查 with the importer as its
 * drafter — so neither the reviewer nor the approving leader can be the importer.
 */
async function createItemForReview(
  tx: Tx,
  { agencyId, actorId, data, categoryId, now }: NewItem & { agencyId: string },
) {
  const item = await tx.item.create({
    data: {
      agencyId,
      origin: "IMPORT",
      validity: data.validity,
      validityChangedOn: data.validityChangedOn ? toDbDate(data.validityChangedOn) : null,
      createdById: actorId,
      revisions: {
        create: {
          number: 1,
          status: "PENDING_REVIEW",
          drafterId: actorId,
          submittedAt: now,
          ...revisionData(data, categoryId),
        },
      },
    },
    select: { id: true },
  });
  return { itemId: item.id, indexNumber: null };
}

async function assignIndexNumber(
  tx: Tx,
  agency: { id: string; code: string; indexNumberPattern: string },
  publishedOn: CalendarDate,
) {
  const year = yearOf(publishedOn);
  const serial = await takeNextSerial(tx, agency.id, year);
  return formatIndexNumber(agency.indexNumberPattern, { agencyCode: agency.code, year, serial });
}

function revisionData(data: TImportRow, catalogueCategoryId: string | null) {
  return {
    title: data.title,
    documentNumber: data.documentNumber,
    writtenOn: toDbDate(data.writtenOn),
    subjectCategory: data.subjectCategory,
    catalogueCategoryId,
    genre: data.genre,
    documentKind: data.documentKind,
    channels: data.channels,
    keywords: data.keywords,
    summary: data.summary,
    bodyMarkdown: data.bodyMarkdown,
    bodyHtml: renderBody(data.bodyMarkdown),
    disclosure: "PROACTIVE" as const,
  };
}

/** The agency's active catalogue categories by path: "机构职能类" or "父/子". */
async function loadCategoryPaths(tx: Tx, agencyId: string) {
  const categories = await tx.catalogueCategory.findMany({
    where: { agencyId, active: true },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return new Map(categories.map((c) => [c.parent ? `${c.parent.name}/${c.name}` : c.name, c.id]));
}

const KNOWN_KEYS = new Set<string>([
  ...VALIDATION_KEYS,
  "importDate",
  "importSubjectUnknown",
  "importGenreUnknown",
  "importDocumentKindUnknown",
  "importChannelUnknown",
  "importValidityUnknown",
  "importWrittenAfterPublished",
  "importValidityDateRequired",
  "importValidityDateUnexpected",
  "importValidityDateBeforePublished",
  "importNotBeforeGoLive",
  "importHistoricalOnly",
]);

/** The header and every row checked on their own (no database): the rows that passed, and every problem. */
export function validateRows(table: RawTable, today: CalendarDate) {
  const errors: ImportRowError[] = [];
  const headerRow = table.header.row;
  // Headers may carry the template's required mark (标题*); order is free, unknown columns are refused.
  const positions = new Map<ImportColumn, number>();
  table.header.cells.forEach((raw, index) => {
    const name = raw
      .trim()
      .replace(/[*＊]$/, "")
      .trim();
    if (name === "") return;
    const key = IMPORT_COLUMN_KEYS.find((k) => IMPORT_COLUMNS[k] === name);
    if (!key) errors.push({ row: headerRow, column: raw.trim(), message: "importUnknownColumn" });
    else if (positions.has(key)) errors.push({ row: headerRow, column: name, message: "importDuplicateColumn" });
    else positions.set(key, index);
  });
  for (const key of REQUIRED_IMPORT_COLUMNS) {
    if (!positions.has(key))
      errors.push({ row: headerRow, column: IMPORT_COLUMNS[key], message: "importMissingColumn" });
  }
  if (errors.length) return { rows: [], errors };

  const rows: { row: number; data: TImportRow }[] = [];
  for (const line of table.rows) {
    const input = Object.fromEntries(
      IMPORT_COLUMN_KEYS.map((key) => [key, positions.has(key) ? (line.cells[positions.get(key)!] ?? "") : ""]),
    );
    const parsed = ZImportRow.safeParse(input);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "title") as ImportColumn;
        const message = KNOWN_KEYS.has(issue.message)
          ? issue.message
          : issue.code === "too_big"
            ? "tooLong"
            : "invalid";
        if (seen.has(`${key}:${message}`)) continue;
        seen.add(`${key}:${message}`);
        const params =
          issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
        errors.push({ row: line.row, column: IMPORT_COLUMNS[key] ?? null, message, ...(params ? { params } : {}) });
      }
      continue;
    }
    const data = parsed.data;
    // 发布日期 ≤ today (and so 成文日期 too): history cannot be in the future.
    for (const key of ["writtenOn", "publishedOn", "validityChangedOn"] as const) {
      const value = data[key];
      if (value && value > today) errors.push({ row: line.row, column: IMPORT_COLUMNS[key], message: "futureDate" });
    }
    rows.push({ row: line.row, data });
  }
  return { rows, errors };
}
