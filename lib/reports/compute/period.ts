// The report period: 1 January (S) to 31 December (E) of the report year, as SQL date literals. Every
// counting rule compares `date` columns (China dates) with these two bounds, never with a time of day.
import { Prisma } from "@/lib/generated/prisma/client";

export type ReportPeriod = {
  year: number;
  /** 1 January of the year. */
  start: Prisma.Sql;
  /** 31 December of the year. */
  end: Prisma.Sql;
};

export function reportPeriod(year: number): ReportPeriod {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a report year: ${year}`);
  return { year, start: Prisma.sql`${`${year}-01-01`}::date`, end: Prisma.sql`${`${year}-12-31`}::date` };
}
