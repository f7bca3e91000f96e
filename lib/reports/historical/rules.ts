// The checks a year of historical figures (older format, 2008–2018, from the paper report) must pass
// before it can serve as an opening balance. They catch typing and OCR mistakes that would otherwise
// carry into every later year's 历年累计.
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";

/** The first year of the 条例 (in force 1 May 2008): no report covers an earlier year. */
export const FIRST_REPORT_YEAR = 2008;
/** The older format's last year: from the 2019 report on the current tables apply (lib/reports/formats/choose-format). */
export const LAST_HISTORICAL_YEAR = 2018;

export type HistoricalCell = { thisYear: number; cumulative: number };
/** One year's figures: every row key of the older format. */
export type HistoricalFigures = Record<string, HistoricalCell>;
export type HistoricalColumn = keyof HistoricalCell;

/** A broken rule: the row and column it concerns and a message key under `validation.`. */
export type HistoricalProblem = {
  key: string;
  column: HistoricalColumn;
  message: string;
  params?: Record<string, string | number>;
};

/**
 * Sub-rows may not exceed their total row, in both columns. An item can be on the website and in the
 * gazette at once, so those two are each compared with the total; a request comes by one channel and a
 * reply is of one type, so those sub-rows are summed.
 */
export const SUB_ROW_RULES: readonly { total: string; parts: readonly string[]; summed: boolean }[] = [
  { total: "proactive.total", parts: ["proactive.website", "proactive.gazette"], summed: false },
  { total: "requests.total", parts: ["requests.in_person", "requests.online", "requests.letter_fax"], summed: true },
  {
    total: "replies.total",
    parts: ["replies.granted", "replies.partial", "replies.refused", "replies.other"],
    summed: true,
  },
];

const COLUMNS: readonly HistoricalColumn[] = ["thisYear", "cumulative"];

/** Problems within one year: 历年累计 ≥ 本年, and sub-rows ≤ their total. Expects every key present. */
export function checkYear(figures: HistoricalFigures): HistoricalProblem[] {
  const problems: HistoricalProblem[] = [];
  for (const key of LEGACY_ROW_KEYS) {
    const cell = figures[key];
    if (cell && cell.cumulative < cell.thisYear)
      problems.push({ key, column: "cumulative", message: "historicalCumulativeBelowThisYear" });
  }
  for (const rule of SUB_ROW_RULES) {
    for (const column of COLUMNS) {
      const total = figures[rule.total]?.[column];
      if (total === undefined) continue;
      if (rule.summed) {
        const sum = rule.parts.reduce((s, part) => s + (figures[part]?.[column] ?? 0), 0);
        if (sum > total)
          for (const part of rule.parts)
            problems.push({ key: part, column, message: "historicalPartsAboveTotal", params: { sum, total } });
      } else {
        for (const part of rule.parts) {
          const value = figures[part]?.[column];
          if (value !== undefined && value > total)
            problems.push({ key: part, column, message: "historicalPartAboveTotal", params: { total } });
        }
      }
    }
  }
  return problems;
}

/**
 * Problems between consecutive entered years: a year's 历年累计 must be at least the previous entered
 * year's 历年累计 plus this year's 本年 (more when years between them were not entered). `years` maps
 * each year to its figures; every consecutive pair is checked and the problem is put on the later year.
 */
export function checkChain(
  years: ReadonlyMap<number, HistoricalFigures>,
): { year: number; problem: HistoricalProblem }[] {
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const result: { year: number; problem: HistoricalProblem }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previousYear = sorted[i - 1];
    const previous = years.get(previousYear)!;
    const current = years.get(sorted[i])!;
    for (const key of LEGACY_ROW_KEYS) {
      const before = previous[key];
      const now = current[key];
      if (!before || !now) continue;
      const minimum = before.cumulative + now.thisYear;
      if (now.cumulative < minimum) {
        result.push({
          year: sorted[i],
          problem: { key, column: "cumulative", message: "historicalBelowPrevious", params: { previousYear, minimum } },
        });
      }
    }
  }
  return result;
}
