// Input of the annual report use cases: one schema for the form, the server action and any API. Messages
// are validation keys (messages → validation.*); the rules zod cannot know (which years, which figure
// keys a layout needs) are checked in the use cases and reported against the same fields.
import { z } from "zod";
import { zMaxCharacters, zPlainString, zRequiredText, zText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";

/** Markdown is kept as typed (it is sanitised when shown); the limit keeps a section a readable length. */
export const NARRATIVE_MAX = 20_000;
// zPlainString: NUL and lone surrogates cannot be stored, so they are a field error, not a database error.
// The limit counts characters (code points), like every text limit (zMaxCharacters).
const zSection = zMaxCharacters(zPlainString(), NARRATIVE_MAX).transform((v) => v.replace(/\r\n/g, "\n").trim());

export const ZOpenReport = z.object({
  agencyId: z.uuid("required"),
  /** Checked against the allowed years in openReport (2008 up to the running year). */
  year: z.string().trim().min(1, "required"),
  scope: z.enum(["OWN", "COMBINED"], "required").default("OWN"),
});
export type TOpenReport = z.infer<typeof ZOpenReport>;

export const ZReportNarrative = z.object({
  introduction: zSection,
  overview: zSection,
  problems: zSection,
  otherMatters: zSection,
});
export type TReportNarrative = z.infer<typeof ZReportNarrative>;

export const ZManualFigure = z.object({
  key: z.string().trim().min(1, "required").max(60, "tooLong"),
  value: z.string("required").max(40, "tooLong"),
  source: zRequiredText(300).transform(plainText),
});

export const ZSubmitReport = z.object({ correctionReason: zText(2000).transform(plainText).optional() });

export const ZReturnReport = z.object({ comment: zRequiredText(2000).transform(plainText) });

export const ZCorrectionReason = z.object({ reason: zRequiredText(2000).transform(plainText) });
