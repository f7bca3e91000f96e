// 全国年节及纪念日放假办法 (as amended with effect from 2025): the days off every year by law, before the State
// Council publishes the year's arrangement (调休 and days in lieu come only with that notice). A year that
// chinese-days does not carry yet still has these days off; the calendar marks them provisional.
//   元旦 1 Jan · 春节 农历除夕 and 正月初一至初三 · 清明 the solar term's day · 劳动节 1–2 May ·
//   端午 农历五月初五 · 中秋 农历八月十五 · 国庆 1–3 Oct
// Years before 2025 (the older arrangement) are all in chinese-days, so only this one is needed.
// The UMD build (see chinese-days-umd.d.ts): the package's ESM build does not bundle in Next.js.
import { getSolarDateFromLunar, getSolarTermDate } from "chinese-days/dist/index.min.js";
import { addDays, parseCalendarDate, type CalendarDate } from "./calendar-date";
import type { FestivalName } from "./official-calendar";

const NEW_YEAR: FestivalName = { zh: "元旦", en: "New Year's Day" };
const SPRING: FestivalName = { zh: "春节", en: "Spring Festival" };
const TOMB: FestivalName = { zh: "清明节", en: "Tomb-sweeping Day" };
const LABOUR: FestivalName = { zh: "劳动节", en: "Labour Day" };
const DRAGON: FestivalName = { zh: "端午节", en: "Dragon Boat Festival" };
const MID_AUTUMN: FestivalName = { zh: "中秋节", en: "Mid-autumn Festival" };
const NATIONAL: FestivalName = { zh: "国庆节", en: "National Day" };

const pad = (n: number) => String(n).padStart(2, "0");
/** The Gregorian date of a lunar month/day of the lunar year that begins in `year` (never the leap month). */
const fromLunar = (year: number, month: number, day: number): CalendarDate =>
  parseCalendarDate(getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date);

const cache = new Map<number, ReadonlyMap<CalendarDate, FestivalName>>();

/** The statutory days off of `year` under the 2025 arrangement, with the festival each belongs to. */
export function statutoryHolidays(year: number): ReadonlyMap<CalendarDate, FestivalName> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Map<CalendarDate, FestivalName>();
  const fixed = (month: number, day: number, name: FestivalName) =>
    days.set(`${year}-${pad(month)}-${pad(day)}` as CalendarDate, name);
  fixed(1, 1, NEW_YEAR);
  // 除夕 is the last day of the twelfth lunar month: the day before 正月初一, whether that month has 29 or 30 days.
  const springDay = fromLunar(year, 1, 1);
  for (const offset of [-1, 0, 1, 2]) days.set(addDays(springDay, offset), SPRING);
  days.set(parseCalendarDate(getSolarTermDate(year, 4, "pure_brightness")), TOMB);
  fixed(5, 1, LABOUR);
  fixed(5, 2, LABOUR);
  days.set(fromLunar(year, 5, 5), DRAGON);
  days.set(fromLunar(year, 8, 15), MID_AUTUMN);
  for (const day of [1, 2, 3]) fixed(10, day, NATIONAL);
  cache.set(year, days);
  return days;
}
