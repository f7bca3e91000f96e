// A hand-built FrozenFigures for the public side's tests: every table of every format filled from the format
// definitions, each cell a distinct number (so a test can tell which cell went where), reconciled.
import { APPEAL_COLUMNS, APPEAL_ROW } from "@/lib/reports/formats/appeal-table";
import { formatForYear, currentFormatForYear } from "@/lib/reports/formats/choose-format";
import { LEGACY_COLUMNS, LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import { proactiveLayout } from "@/lib/reports/formats/proactive-table";
import { REQUEST_COLUMNS, REQUEST_ROWS } from "@/lib/reports/formats/request-table";
import type { FrozenFigures } from "@/lib/reports/types";

/** The value of 表三's cell (row r, column c): 100·r + c, so e.g. `new`/`commercial` is 1. */
export const requestValue = (r: number, c: number) => 100 * r + c;

export function handBuiltFigures(
  year: number,
  overrides: { feesCollectedYuan?: number; legacyThisYear?: number } = {},
): FrozenFigures {
  const currentFormat = currentFormatForYear(year);
  const layout = proactiveLayout(currentFormat);
  return {
    format: formatForYear(year),
    currentFormat,
    current: {
      proactive: {
        columns: layout.columns.map(({ key, label }) => ({ key, label })),
        rows: layout.rows.map((row, r) => ({
          key: row.key,
          label: row.label,
          group: row.group,
          ...(row.unit ? { unit: row.unit } : {}),
          values: layout.columns.map((column, c) =>
            row.cells[column.key] ? (column.key === "amount" ? 12.5 : 10 * (r + 1) + c) : null,
          ),
        })),
      },
      requests: {
        columns: REQUEST_COLUMNS.map(({ key, label }) => ({ key, label })),
        rows: REQUEST_ROWS.map((row, r) => ({
          key: row.key,
          label: row.label,
          ...(row.group ? { group: row.group } : {}),
          values: REQUEST_COLUMNS.map((_, c) => requestValue(r, c)),
        })),
      },
      appeals: {
        columns: APPEAL_COLUMNS.map(({ key, label }) => ({ key, label })),
        rows: [{ key: APPEAL_ROW.key, label: APPEAL_ROW.label, values: APPEAL_COLUMNS.map((_, c) => c + 1) }],
      },
    },
    legacy: {
      legacy: {
        columns: LEGACY_COLUMNS.map(({ key, label }) => ({ key, label })),
        rows: LEGACY_ROWS.map((row, r) => ({
          key: row.key,
          label: row.label,
          unit: row.unit,
          values: r === 0 ? [overrides.legacyThisYear ?? 15, 27] : [0, 0],
        })),
      },
    },
    reconciliation: { ok: true, breaks: [] },
    missingManualFigures: [],
    feesCollectedYuan: overrides.feesCollectedYuan ?? 0,
    writerFigures: {
      byCategory: [],
      byChannel: [],
      interpretations: 0,
      requestsReceived: 0,
      requestsConcluded: 0,
      repliedLate: 0,
    },
  };
}
