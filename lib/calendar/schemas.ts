import { z } from "zod";
import { zRequiredText } from "@/lib/forms/validation";
import { isCalendarDate, type CalendarDate } from "./calendar-date";

/** Field errors of the calendar use cases: messages under `calendar.validation.*`. */
export const CALENDAR_VALIDATION_KEYS = [
  "alreadyOff",
  "alreadyWorking",
  "yearAlreadyOfficial",
  "yearAlreadyConfirmed",
  "yearTooEarly",
] as const;
export type CalendarValidationKey = (typeof CALENDAR_VALIDATION_KEYS)[number];

/** Where the date comes from: the notice that decided it, e.g. 国办发明电〔2026〕7号. */
const zSource = zRequiredText(300);

export const ZCalendarDate = z
  .string("required")
  .trim()
  .min(1, { message: "required", abort: true })
  .refine(isCalendarDate, "invalid")
  .transform((value) => value as CalendarDate);

export const ZCalendarOverride = z.object({
  date: ZCalendarDate,
  kind: z.enum(["HOLIDAY", "WORKDAY"], "invalid"),
  note: zSource,
});
export type TCalendarOverride = z.infer<typeof ZCalendarOverride>;

export const ZCalendarOverrideRemoval = z.object({ date: ZCalendarDate });

export const ZCalendarYearConfirmation = z.object({
  year: z.coerce.number("invalid").int("invalid").min(1900, "invalid").max(2200, "invalid"),
  note: zSource,
});
export type TCalendarYearConfirmation = z.infer<typeof ZCalendarYearConfirmation>;
