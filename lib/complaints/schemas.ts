// 行政申诉、举报 about the agency's disclosure work: what staff record when one arrives, and its outcome.
import { z } from "zod";
import { zRequiredText } from "@/lib/forms/validation";
import { ComplaintKind } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/items/render-body";
import { zCalendarDate } from "@/lib/requests/replies/schemas";

export const COMPLAINT_KINDS = Object.values(ComplaintKind);

/** A complaint (行政申诉) or a report (举报) as received: when, and what it is about. */
export const ZComplaint = z.object({
  kind: z.enum(COMPLAINT_KINDS, "required"),
  receivedOn: zCalendarDate,
  summary: zRequiredText(2000).transform(plainText),
});
export type TComplaint = z.infer<typeof ZComplaint>;

/** How it was handled: the day and the result. */
export const ZComplaintOutcome = z.object({
  handledOn: zCalendarDate,
  result: zRequiredText(2000).transform(plainText),
});
export type TComplaintOutcome = z.infer<typeof ZComplaintOutcome>;

/** The list's year filter: a four-digit year, or nothing (every year). */
export const ZComplaintYear = z.coerce.number().int().min(2008).max(2100);
