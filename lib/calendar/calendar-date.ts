// Calendar dates in China (Asia/Shanghai), as "YYYY-MM-DD" strings. Deadlines are whole days on the
// official calendar, so the domain never carries a time of day or a time zone once a date is known.

/** A calendar date in China, "YYYY-MM-DD". Literals type-check; strings from outside go through parseCalendarDate. */
export type CalendarDate = `${number}-${number}-${number}`;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** China has kept UTC+8 all year since 1992 (no daylight saving), so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01, or NaN when `value` is not a real "YYYY-MM-DD" date (e.g. 2026-02-30). */
function dayNumberOrNaN(value: string): number {
  const match = PATTERN.exec(value);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return Number.NaN;
  return ms / DAY_MS;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && !Number.isNaN(dayNumberOrNaN(value));
}

/** The value as a CalendarDate; throws a RangeError for anything that is not a real "YYYY-MM-DD" date. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

/** Days since 1970-01-01 (internal day number used by the arithmetic). */
export function toDayNumber(date: CalendarDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10) as CalendarDate;
}

/** The date in China at the instant `value` (a Date or a millisecond timestamp). */
export function toChinaDate(value: Date | number): CalendarDate {
  const ms = typeof value === "number" ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid instant");
  return fromDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS));
}

/** Today in China. */
export function chinaToday(now: Date | number = Date.now()): CalendarDate {
  return toChinaDate(now);
}

/** A Prisma `@db.Date` value (a Date at 00:00 UTC) as a CalendarDate. */
export function fromDbDate(value: Date): CalendarDate {
  return fromDayNumber(Math.floor(value.getTime() / DAY_MS));
}

/** A CalendarDate as the value Prisma writes to a `@db.Date` column. */
export function toDbDate(date: CalendarDate): Date {
  return new Date(toDayNumber(date) * DAY_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every date of `year`, 1 January to 31 December. */
export function datesOfYear(year: number): CalendarDate[] {
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const next = Date.UTC(year + 1, 0, 1) / DAY_MS;
  return Array.from({ length: next - first }, (_, i) => fromDayNumber(first + i));
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10) as CalendarDate;
}
