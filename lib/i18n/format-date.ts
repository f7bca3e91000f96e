// The one date format of each UI language. Chinese: 2026年12月5日, as official documents write dates
// (GB/T 9704, and the dates in this app's letters). English: 5 Dec 2026 — day, abbreviated month, year — because
// it cannot be misread: 05/12/2026 is 5 December to a British reader and 12 May to an American one, and ISO
// 2026-12-05 reads like data rather than English. Dates are China dates whatever the server's own zone.
import { chinaToday, type CalendarDate } from "@/lib/calendar/calendar-date";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A calendar date ("YYYY-MM-DD", or a moment, taken as its date in China) in the locale's one date format. */
export function formatDate(locale: string, value: CalendarDate | string | Date): string {
  const date = value instanceof Date ? chinaToday(value) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  // Not a date at all: show it as it is rather than "NaN" (the data is then visibly wrong, not hidden).
  if (!match) return String(value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (locale.startsWith("zh")) return `${year}年${month}月${day}日`;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** A moment as date and minute in China Standard Time: 2026年12月5日 14:05 / 5 Dec 2026 14:05 (24-hour clock). */
export function formatDateTime(locale: string, value: Date): string {
  const china = new Date(value.getTime() + 8 * 3_600_000);
  const hh = String(china.getUTCHours()).padStart(2, "0");
  const mm = String(china.getUTCMinutes()).padStart(2, "0");
  return `${formatDate(locale, value)} ${hh}:${mm}`;
}
