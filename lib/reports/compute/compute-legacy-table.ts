// The older format's table (指标名称/单位/本年/历年累计), with historical figures as opening balances:
// for each agency and row,
//   - if the report year itself has a historical figure (an old year republished from its paper report),
//     本年 and 历年累计 are that figure's;
//   - otherwise 本年 counts the records of the year, and 历年累计 = the 历年累计 of the latest earlier year H
//     with a historical figure + the records dated after H through 31 December (without such a year: every
//     record through 31 December).
// A COMBINED report adds up its agencies, each counted by its own rule. Everything runs in one SQL statement:
// the records are counted per agency, row and year (legacy-rules.ts), then combined with the figures.
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LEGACY_COLUMNS, LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import type { FigureTable } from "@/lib/reports/types";
import { legacyRowQuery } from "./legacy-rules";
import type { ReportPeriod } from "./period";
import { inSubject, SOURCES, type SourceKind } from "./sources";

export type LegacyAgencyFigure = {
  agencyId: string;
  key: string;
  thisYear: number;
  cumulative: number;
  /** The year's own historical figure gave both cells. */
  fromHistory: boolean;
  /** The year whose historical 历年累计 opens the cumulative count, if any. */
  openingYear: number | null;
};

/** Counts per (agency_id, key, year) of the given rows' records dated up to 31 December. */
function countsByYear(agencyIds: readonly string[], period: ReportPeriod, keys: readonly string[]): Prisma.Sql {
  // Rows counted from the same source by the same date share one scan.
  const families = new Map<string, { source: SourceKind; date: Prisma.Sql; rows: { key: string; where: Prisma.Sql }[] }>();
  for (const row of LEGACY_ROWS.filter((r) => keys.includes(r.key))) {
    const query = legacyRowQuery(row.rule);
    const id = `${query.source} ${query.date.sql}`;
    const family = families.get(id) ?? { source: query.source, date: query.date, rows: [] };
    family.rows.push({ key: row.key, where: query.where });
    families.set(id, family);
  }
  const scans = [...families.values()].map(({ source, date, rows }) => Prisma.sql`
    SELECT g.agency_id, g.year, v.key, v.n FROM (
      SELECT ${SOURCES[source].agencyColumn} AS agency_id, extract(year FROM ${date})::int AS year,
        ${Prisma.join(rows.map((row, n) => Prisma.sql`count(*) FILTER (WHERE ${row.where})::int AS ${Prisma.raw(`n${n}`)}`))}
      FROM ${SOURCES[source].from}
      WHERE ${inSubject(source, agencyIds)} AND ${date} <= ${period.end}
      GROUP BY 1, 2
    ) g CROSS JOIN LATERAL (VALUES ${Prisma.join(rows.map((row, n) => Prisma.sql`(${row.key}::text, g.${Prisma.raw(`n${n}`)})`))}) v(key, n)`);
  return scans.length === 0 ? Prisma.sql`SELECT NULL::uuid AS agency_id, 0 AS year, ''::text AS key, 0 AS n WHERE FALSE` : Prisma.join(scans, " UNION ALL ");
}

/** Per agency and row: the figures by the rule above (one statement). */
export function legacyPerAgencySql(agencyIds: readonly string[], period: ReportPeriod, keys: readonly string[] = LEGACY_ROWS.map((r) => r.key)): Prisma.Sql {
  const year = period.year;
  return Prisma.sql`
    WITH counts AS (${countsByYear(agencyIds, period, keys)}),
    hist AS (
      SELECT agency_id, year, key, this_year, cumulative FROM report_historical_figure
      WHERE agency_id = ANY(${[...agencyIds]}::uuid[]) AND year <= ${year} AND key = ANY(${[...keys]}::text[])
    ),
    pairs AS (
      SELECT a.id AS agency_id, k.key, same.this_year AS h_this, same.cumulative AS h_cum, prev.year AS prev_year, prev.cumulative AS prev_cum
      FROM unnest(${[...agencyIds]}::uuid[]) a(id) CROSS JOIN unnest(${[...keys]}::text[]) k(key)
      LEFT JOIN hist same ON same.agency_id = a.id AND same.key = k.key AND same.year = ${year}
      LEFT JOIN LATERAL (
        SELECT h.year, h.cumulative FROM hist h WHERE h.agency_id = a.id AND h.key = k.key AND h.year < ${year}
        ORDER BY h.year DESC LIMIT 1
      ) prev ON TRUE
    )
    SELECT p.agency_id::text AS agency_id, p.key,
      COALESCE(p.h_this, COALESCE(sum(c.n) FILTER (WHERE c.year = ${year}), 0))::int AS this_year,
      COALESCE(p.h_cum, COALESCE(p.prev_cum, 0) + COALESCE(sum(c.n) FILTER (WHERE c.year > COALESCE(p.prev_year, -1)), 0))::int AS cumulative,
      (p.h_this IS NOT NULL) AS from_history, p.prev_year AS opening_year
    FROM pairs p LEFT JOIN counts c ON c.agency_id = p.agency_id AND c.key = p.key
    GROUP BY p.agency_id, p.key, p.h_this, p.h_cum, p.prev_year, p.prev_cum`;
}

export async function legacyFiguresPerAgency(db: Db | Tx, agencyIds: readonly string[], period: ReportPeriod, keys?: readonly string[]): Promise<LegacyAgencyFigure[]> {
  const rows = await db.$queryRaw<{ agency_id: string; key: string; this_year: number; cumulative: number; from_history: boolean; opening_year: number | null }[]>`
    ${legacyPerAgencySql(agencyIds, period, keys)}`;
  return rows.map((r) => ({ agencyId: r.agency_id, key: r.key, thisYear: r.this_year, cumulative: r.cumulative, fromHistory: r.from_history, openingYear: r.opening_year }));
}

export async function computeLegacyTable(db: Db | Tx, agencyIds: readonly string[], period: ReportPeriod): Promise<FigureTable> {
  const sums = await db.$queryRaw<{ key: string; this_year: number; cumulative: number }[]>`
    SELECT f.key, sum(f.this_year)::int AS this_year, sum(f.cumulative)::int AS cumulative
    FROM (${legacyPerAgencySql(agencyIds, period)}) f GROUP BY f.key`;
  return {
    columns: LEGACY_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: LEGACY_ROWS.map((row) => {
      const sum = sums.find((s) => s.key === row.key);
      return { key: row.key, label: row.label, unit: row.unit, values: [sum?.this_year ?? 0, sum?.cumulative ?? 0] };
    }),
  };
}
