// The older format's table (指标名称/单位/本年/历年累计), with historical figures as opening balances:
// for each agency and row,
//   - if the report year itself has a historical figure (an old year republished from its paper report),
//     本年 and 历年累计 are that figure's;
//   - otherwise 本年 counts the records of the year, and 历年累计 = the 历年累计 of the latest earlier year H
//     with a historical figure + the records dated after H through 31 December (without such a year: every
//     record through 31 December).
// A COMBINED report adds up its agencies, each counted by its own rule. Each group of rows with the same source
// and date is one SQL statement: the records are counted per agency (this year, and after the agency's opening
// year for the row) with the predicates of legacy-rules.ts, then combined with the historical figures.
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

const col = (prefix: string, n: number) => Prisma.raw(`${prefix}${n}`);

/**
 * Per (agency_id, key): `this_n` = the row's records dated within the year, `after_n` = those dated after the
 * agency's opening year for the row (every one through 31 December when it has none). One scan per source and
 * date column, grouped by agency only; `opening` (one row per agency, column h<n> = the opening year of key n)
 * comes from the WITH of legacyPerAgencySql.
 */
function countsPerAgency(agencyIds: readonly string[], period: ReportPeriod, keys: readonly string[]): Prisma.Sql {
  // Rows counted from the same source by the same date share one scan, grouped by agency only (a hash of a few
  // hundred groups; grouping by year as well costs a sort of every record).
  const families = new Map<
    string,
    { source: SourceKind; date: Prisma.Sql; rows: { key: string; n: number; where: Prisma.Sql }[] }
  >();
  for (const [n, key] of keys.entries()) {
    const query = legacyRowQuery(LEGACY_ROWS.find((r) => r.key === key)!.rule);
    const id = `${query.source} ${query.date.text}`;
    const family = families.get(id) ?? { source: query.source, date: query.date, rows: [] };
    family.rows.push({ key, n, where: query.where });
    families.set(id, family);
  }
  const scans = [...families.values()].map(
    ({ source, date, rows }) => Prisma.sql`
    SELECT g.agency_id, v.key, v.this_n, v.after_n FROM (
      SELECT ${SOURCES[source].agencyColumn} AS agency_id,
        ${Prisma.join(
          rows.map(
            ({ n, where }) => Prisma.sql`
          count(*) FILTER (WHERE ${where} AND ${date} >= ${period.start})::int AS ${col("t", n)},
          count(*) FILTER (WHERE ${where} AND (o.${col("h", n)} IS NULL OR ${date} > make_date(o.${col("h", n)}, 12, 31)))::int AS ${col("c", n)}`,
          ),
        )}
      FROM ${SOURCES[source].from} LEFT JOIN opening o ON o.agency_id = ${SOURCES[source].agencyColumn}
      WHERE ${inSubject(source, agencyIds)} AND ${date} <= ${period.end}
      GROUP BY 1
    ) g CROSS JOIN LATERAL (VALUES ${Prisma.join(rows.map(({ key, n }) => Prisma.sql`(${key}::text, g.${col("t", n)}, g.${col("c", n)})`))}) v(key, this_n, after_n)`,
  );
  return Prisma.join(scans, " UNION ALL ");
}

/** Per agency and row: the figures by the rule above (one statement). */
export function legacyPerAgencySql(
  agencyIds: readonly string[],
  period: ReportPeriod,
  keys: readonly string[] = LEGACY_ROWS.map((r) => r.key),
): Prisma.Sql {
  const year = period.year;
  const known = keys.filter((key) => LEGACY_ROWS.some((r) => r.key === key));
  if (known.length === 0)
    return Prisma.sql`SELECT NULL::text AS agency_id, NULL::text AS key, 0 AS this_year, 0 AS cumulative, FALSE AS from_history, NULL::int AS opening_year WHERE FALSE`;
  return Prisma.sql`
    WITH hist AS (
      SELECT agency_id, year, key, this_year, cumulative FROM report_historical_figure
      WHERE agency_id = ANY(${[...agencyIds]}::uuid[]) AND year <= ${year} AND key = ANY(${known}::text[])
    ),
    opening AS (
      SELECT agency_id, ${Prisma.join(known.map((key, n) => Prisma.sql`max(year) FILTER (WHERE key = ${key} AND year < ${year}) AS ${col("h", n)}`))}
      FROM hist GROUP BY agency_id
    ),
    counts AS (${countsPerAgency(agencyIds, period, known)}),
    pairs AS (
      SELECT a.id AS agency_id, k.key, same.this_year AS h_this, same.cumulative AS h_cum, prev.year AS prev_year, prev.cumulative AS prev_cum
      FROM unnest(${[...agencyIds]}::uuid[]) a(id) CROSS JOIN unnest(${known}::text[]) k(key)
      LEFT JOIN hist same ON same.agency_id = a.id AND same.key = k.key AND same.year = ${year}
      LEFT JOIN LATERAL (
        SELECT h.year, h.cumulative FROM hist h WHERE h.agency_id = a.id AND h.key = k.key AND h.year < ${year}
        ORDER BY h.year DESC LIMIT 1
      ) prev ON TRUE
    )
    SELECT p.agency_id::text AS agency_id, p.key,
      COALESCE(p.h_this, c.this_n, 0)::int AS this_year,
      COALESCE(p.h_cum, COALESCE(p.prev_cum, 0) + COALESCE(c.after_n, 0))::int AS cumulative,
      (p.h_this IS NOT NULL) AS from_history, p.prev_year AS opening_year
    FROM pairs p LEFT JOIN counts c ON c.agency_id = p.agency_id AND c.key = p.key`;
}

export async function legacyFiguresPerAgency(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
  keys?: readonly string[],
): Promise<LegacyAgencyFigure[]> {
  const rows = await db.$queryRaw<
    {
      agency_id: string;
      key: string;
      this_year: number;
      cumulative: number;
      from_history: boolean;
      opening_year: number | null;
    }[]
  >`
    ${legacyPerAgencySql(agencyIds, period, keys)}`;
  return rows.map((r) => ({
    agencyId: r.agency_id,
    key: r.key,
    thisYear: r.this_year,
    cumulative: r.cumulative,
    fromHistory: r.from_history,
    openingYear: r.opening_year,
  }));
}

export type LegacySums = Map<string, [thisYear: number, cumulative: number]>;

/** The given rows summed over the subject agencies (one statement). */
export async function computeLegacySums(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
  keys: readonly string[],
): Promise<LegacySums> {
  const sums = await db.$queryRaw<{ key: string; this_year: number; cumulative: number }[]>`
    SELECT f.key, sum(f.this_year)::int AS this_year, sum(f.cumulative)::int AS cumulative
    FROM (${legacyPerAgencySql(agencyIds, period, keys)}) f GROUP BY f.key`;
  return new Map(sums.map((s) => [s.key, [s.this_year, s.cumulative]]));
}

/** The older format's table from the sums of its rows (a missing row counts 0). */
export function legacyTable(sums: LegacySums): FigureTable {
  return {
    columns: LEGACY_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: LEGACY_ROWS.map((row) => ({
      key: row.key,
      label: row.label,
      unit: row.unit,
      values: [...(sums.get(row.key) ?? [0, 0])],
    })),
  };
}
