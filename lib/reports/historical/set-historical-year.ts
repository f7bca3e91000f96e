// Enters (or corrects) one year of the older format's figures from the paper report: 本年 and 历年累计 for
// every row, with their source. They are the opening balance of the years the agency keeps in Gongkai.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import { firstRecordYear, lockAgency, requireHistoryEditor, yearProblem } from "./guard";
import { historicalYearsOf } from "./queries";
import { checkChain, checkYear, type HistoricalFigures } from "./rules";
import { cellFieldName, parseHistoricalYearInput } from "./schemas";

export async function setHistoricalYear(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  requireHistoryEditor(actor, agencyId);
  const input = parseHistoricalYearInput(options.input);
  const figures = input.figures as HistoricalFigures;
  const fieldErrors: FieldErrors = {};
  const add = (field: string, message: string) => {
    const messages = fieldErrors[field] ?? [];
    if (!messages.includes(message)) messages.push(message);
    fieldErrors[field] = messages;
  };
  for (const p of checkYear(figures)) add(cellFieldName(p.key, p.column), p.message);
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });

  return db.$transaction(async (tx) => {
    await lockAgency(tx, agencyId);
    const problem = yearProblem(input.year, await firstRecordYear(tx, agencyId));
    if (problem) throw new AppError("VALIDATION", { fieldErrors: { year: [problem] } });
    const stored = await historicalYearsOf(tx, agencyId);
    const before = stored.find((y) => y.year === input.year);
    const years = new Map(stored.map((y) => [y.year, y.figures]));
    years.set(input.year, figures);
    for (const { year, problem: p } of checkChain(years)) {
      // This year below the previous one, or this year pushing a later entered year's minimum above it.
      add(cellFieldName(p.key, "cumulative"), year === input.year ? "historicalBelowPrevious" : "historicalAboveNext");
    }
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of LEGACY_ROW_KEYS) {
      const cell = figures[key];
      const old = before?.figures[key];
      if (!old || old.thisYear !== cell.thisYear || old.cumulative !== cell.cumulative) {
        changes[key] = { from: old ? [old.thisYear, old.cumulative] : null, to: [cell.thisYear, cell.cumulative] };
      }
      await tx.reportHistoricalFigure.upsert({
        where: { agencyId_year_key: { agencyId, year: input.year, key } },
        create: {
          agencyId,
          year: input.year,
          key,
          thisYear: cell.thisYear,
          cumulative: cell.cumulative,
          source: input.source,
          updatedById: actor.id,
        },
        update: { thisYear: cell.thisYear, cumulative: cell.cumulative, source: input.source, updatedById: actor.id },
      });
    }
    if (before && before.source !== input.source) changes.source = { from: before.source, to: input.source };
    await recordAudit(tx, {
      type: "report.historical_set",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "agency", id: agencyId },
      payload: { year: input.year, source: input.source, changes },
    });
    return { year: input.year, figures };
  });
}
