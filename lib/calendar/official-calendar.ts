// The official holiday arrangements (国务院办公厅关于部分节假日安排的通知) as carried by the npm package
// `chinese-days`: holidays, 调休 working weekend days and 调休 days in lieu, from 2004 to its last year.
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { yearOf, type CalendarDate } from "./calendar-date";

/** A festival's name as the package gives it: "Spring Festival,春节,4" → { en, zh }. */
export type FestivalName = { zh: string; en: string };

type RawData = {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
};
const raw = data as RawData;

function names(entries: Record<string, string>): ReadonlyMap<CalendarDate, FestivalName> {
  const map = new Map<CalendarDate, FestivalName>();
  for (const [date, value] of Object.entries(entries)) {
    const [en = "", zh = ""] = value.split(",");
    map.set(date as CalendarDate, { zh: zh || en, en: en || zh });
  }
  return map;
}

/** Days off on a day that would otherwise be a working day or a weekend (the whole 放假 period). */
export const OFFICIAL_HOLIDAYS = names(raw.holidays);
/** 调休: weekend days that are working days. */
export const OFFICIAL_WORKDAYS = names(raw.workdays);

const years = [...OFFICIAL_HOLIDAYS.keys()].map(yearOf);
/** The first and last years whose official schedule the package carries. */
export const FIRST_OFFICIAL_YEAR = Math.min(...years);
export const LAST_OFFICIAL_YEAR = Math.max(...years);
