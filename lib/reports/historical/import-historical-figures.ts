// Imports historical figures from a CSV (or XLSX) file, all or nothing: columns year,key,this_year,
// cumulative,source, one line per year and row of the older format. Encodings as for the item import
// (UTF-8 with or without BOM, else GB18030/GBK as Chinese Excel saves). Every problem is reported with
// its line; nothing is written while there is any. Imported years replace the years already entered.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { ImportValidationError, type ImportRowError } from "@/lib/items/import/errors";
import type { ImportEncoding } from "@/lib/items/import/columns";
import { readTable } from "@/lib/items/import/read-table";
import { LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import { firstRecordYear, lockAgency, requireHistoryEditor, yearProblem } from "./guard";
import { historicalYearsOf } from "./queries";
import { checkChain, checkYear, type HistoricalColumn, type HistoricalFigures } from "./rules";
import { zCount, zHistoricalSource, zHistoricalYear } from "./schemas";

/** The file's columns, in the template's order. */
export const HISTORY_COLUMNS = ["year", "key", "this_year", "cumulative", "source"] as const;
type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
/** Chinese headers accepted too, as a user may rename them in Excel. */
const HEADER_ALIASES: Record<string, HistoryColumn> = {
  年度: "year",
  指标: "key",
  指标名称: "key",
  本年: "this_year",
  历年累计: "cumulative",
  来源: "source",
};
const CELL_COLUMN: Record<HistoricalColumn, HistoryColumn> = { thisYear: "this_year", cumulative: "cumulative" };

/** A row may name its indicator by key (proactive.total) or by the printed label (主动公开文件数). */
const KEY_BY_NAME = new Map<string, string>([
  ...LEGACY_ROWS.map((r) => [r.key, r.key] as const),
  ...LEGACY_ROWS.map((r) => [r.label.replace(/^其中：/, ""), r.key] as const),
]);

const labelOf = (key: string) => LEGACY_ROWS.find((r) => r.key === key)?.label.replace(/^其中：/, "") ?? key;

type ParsedLine = { line: number; year: number; key: string; thisYear: number; cumulative: number; source: string };

export async function importHistoricalFigures(options: {
  actor: CurrentUser;
  agencyId: string;
  file: { bytes: Uint8Array; fileName: string };
  encoding?: ImportEncoding;
}) {
  const { actor, agencyId } = options;
  requireHistoryEditor(actor, agencyId);
  const table = readTable(options.file, options.encoding ?? "auto");
  const errors: ImportRowError[] = [];

  // Header: every column once, nothing unknown.
  const columnIndex = new Map<HistoryColumn, number>();
  table.header.cells.forEach((raw, index) => {
    const name = raw.trim().replace(/^\uFEFF/, "");
    if (name === "") return;
    const column = (HISTORY_COLUMNS as readonly string[]).includes(name.toLowerCase())
      ? (name.toLowerCase() as HistoryColumn)
      : HEADER_ALIASES[name];
    if (!column) errors.push({ row: table.header.row, column: name, message: "importUnknownColumn" });
    else if (columnIndex.has(column))
      errors.push({ row: table.header.row, column: name, message: "importDuplicateColumn" });
    else columnIndex.set(column, index);
  });
  for (const column of HISTORY_COLUMNS)
    if (!columnIndex.has(column)) errors.push({ row: table.header.row, column, message: "importMissingColumn" });
  if (errors.length) throw new ImportValidationError(errors);

  // Lines: each cell parsed, each (year, key) once.
  const parsed: ParsedLine[] = [];
  const seen = new Map<string, number>();
  // Year/key pairs present in the file even on a line with another mistake: not reported again as missing.
  const present = new Set<string>();
  for (const { row, cells } of table.rows) {
    const cell = (column: HistoryColumn) => cells[columnIndex.get(column)!] ?? "";
    const lineErrors = errors.length;
    const take = <T>(
      column: HistoryColumn,
      result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
    ): T | undefined => {
      if (result.success) return result.data;
      errors.push({ row, column, message: result.error.issues[0]?.message ?? "invalid" });
      return undefined;
    };
    const year = take("year", zHistoricalYear.safeParse(cell("year")));
    const key = KEY_BY_NAME.get(cell("key").trim());
    if (!key)
      errors.push({
        row,
        column: "key",
        message: cell("key").trim() === "" ? "required" : "historicalKeyUnknown",
        params: { value: cell("key").trim() },
      });
    const thisYear = take("this_year", zCount.safeParse(cell("this_year")));
    const cumulative = take("cumulative", zCount.safeParse(cell("cumulative")));
    const source = take("source", zHistoricalSource.safeParse(cell("source")));
    if (year !== undefined && key) present.add(`${year}/${key}`);
    if (
      errors.length > lineErrors ||
      year === undefined ||
      !key ||
      thisYear === undefined ||
      cumulative === undefined ||
      source === undefined
    )
      continue;
    const first = seen.get(`${year}/${key}`);
    if (first !== undefined) {
      errors.push({ row, column: "key", message: "historicalDuplicateLine", params: { row: first } });
      continue;
    }
    seen.set(`${year}/${key}`, row);
    parsed.push({ line: row, year, key, thisYear, cumulative, source });
  }

  // Years: complete, and each consistent in itself.
  const byYear = new Map<number, ParsedLine[]>();
  for (const line of parsed) byYear.set(line.year, [...(byYear.get(line.year) ?? []), line]);
  for (const pair of present) {
    const year = Number(pair.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, []);
  }
  const imported = new Map<number, HistoricalFigures>();
  const lineOf = (year: number, key: string) => byYear.get(year)?.find((l) => l.key === key)?.line ?? null;
  for (const [year, lines] of byYear) {
    const missing = LEGACY_ROWS.filter((row) => !present.has(`${year}/${row.key}`)).map((row) =>
      row.label.replace(/^其中：/, ""),
    );
    if (missing.length)
      errors.push({
        row: null,
        column: "key",
        message: "historicalYearIncomplete",
        params: { year, keys: missing.join("、") },
      });
    const figures: HistoricalFigures = Object.fromEntries(
      lines.map((l) => [l.key, { thisYear: l.thisYear, cumulative: l.cumulative }]),
    );
    for (const p of checkYear(figures))
      errors.push({ row: lineOf(year, p.key), column: CELL_COLUMN[p.column], message: p.message, params: p.params });
    imported.set(year, figures);
  }

  return db.$transaction(async (tx) => {
    await lockAgency(tx, agencyId);
    const firstRecord = await firstRecordYear(tx, agencyId);
    for (const [year, lines] of byYear) {
      const problem = yearProblem(year, firstRecord);
      if (problem) errors.push({ row: lines[0]?.line ?? null, column: "year", message: problem, params: { year } });
    }
    // Across years: the file's years together with the stored years it does not replace.
    const years = new Map<number, HistoricalFigures>();
    for (const stored of await historicalYearsOf(tx, agencyId))
      if (!imported.has(stored.year)) years.set(stored.year, stored.figures);
    for (const [year, figures] of imported)
      if (!errors.some((e) => e.message === "historicalYearIncomplete" && e.params?.year === year))
        years.set(year, figures);
    for (const { year, problem: p } of checkChain(years)) {
      if (imported.has(year))
        errors.push({ row: lineOf(year, p.key), column: "cumulative", message: p.message, params: p.params });
      else
        errors.push({
          row: null,
          column: "cumulative",
          message: "historicalStoredYearBroken",
          params: { year, key: labelOf(p.key), minimum: p.params?.minimum ?? 0 },
        });
    }
    if (errors.length) throw new ImportValidationError(errors);

    const yearList = [...byYear.keys()].sort((a, b) => a - b);
    await tx.reportHistoricalFigure.deleteMany({ where: { agencyId, year: { in: yearList } } });
    await tx.reportHistoricalFigure.createMany({
      data: parsed.map((l) => ({
        agencyId,
        year: l.year,
        key: l.key,
        thisYear: l.thisYear,
        cumulative: l.cumulative,
        source: l.source,
        updatedById: actor.id,
      })),
    });
    await recordAudit(tx, {
      type: "report.historical_imported",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "agency", id: agencyId },
      payload: { years: yearList, rows: parsed.length, fileName: options.file.fileName },
    });
    return { years: yearList, rows: parsed.length };
  });
}
