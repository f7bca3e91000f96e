// Dates of items (成文日期, 发布日期, 复核日期) are calendar dates in China, stored as PostgreSQL `date`.
const CHINA_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** "YYYY-MM-DD" of `instant` in China. */
export const chinaDateOf = (instant: Date = new Date()) => CHINA_DAY.format(instant);

/** A "YYYY-MM-DD" as the Date Prisma stores in a `date` column (UTC midnight). */
export const dbDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A `date` column's value back to "YYYY-MM-DD". */
export const dayOf = (value: Date) => value.toISOString().slice(0, 10);

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return dayOf(target);
}
