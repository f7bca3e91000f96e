import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { zMaxCharacters, zPlainString, zRequiredText, zText } from "@/lib/forms/validation";
import { characterCount } from "@/lib/text/characters";
import { normalizeDocumentNumber } from "./document-number";
import { plainText } from "./render-body";
import {
  CHANNELS,
  DISCLOSURE_ATTRIBUTES,
  DOCUMENT_KINDS,
  GENRES,
  SUBJECT_CATEGORY_CODES,
  VALIDITIES,
  WITHHOLD_GROUNDS,
} from "./vocabulary";

const optionalUuid = z
  .union([z.literal(""), z.uuid("uuid")])
  .optional()
  .transform((v) => v || null);
/** A date in China, "YYYY-MM-DD"; a missing or impossible date is refused with "date". */
const isoDate = z
  .string()
  .trim()
  .refine(isCalendarDate, "date")
  .transform((value) => value as CalendarDate);
/** Metadata is plain text: markup typed into it is dropped, never rendered. */
const zPlain = (max: number) => zText(max).transform(plainText);

/** 关键词: separated by commas, 、, ；or spaces; at most 10 of at most 20 characters. */
const zKeywords = z
  // NUL and lone surrogates cannot be stored: refused as in every other text field, not a database error.
  .union([zPlainString(), z.array(zPlainString())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v.join(",") : (v ?? "")))
  .transform((v) => [
    ...new Set(
      plainText(v)
        .split(/[,，、;；\s]+/)
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length <= 10, "keywordsTooMany")
  .refine((list) => list.every((k) => characterCount(k) <= 20), "keywordTooLong");

/** The metadata and content of an item as staff draft it (DOMAIN §2). One schema for form, action and API. */
export const ZItemDraft = z
  .object({
    agencyId: z.uuid("uuid"),
    title: zRequiredText(300).transform(plainText),
    // 文号 and 摘要 may be left out by an API client (the form always sends them, empty or not).
    documentNumber: zPlain(100).transform(normalizeDocumentNumber).prefault(""),
    writtenOn: isoDate,
    subjectCategory: z.enum(SUBJECT_CATEGORY_CODES, "required"),
    catalogueCategoryId: optionalUuid,
    genre: z.enum(GENRES, "required"),
    documentKind: z.enum(DOCUMENT_KINDS, "invalid").default("OTHER"),
    channels: z.array(z.enum(CHANNELS, "invalid")).min(1, "channelRequired"),
    keywords: zKeywords,
    summary: zPlain(2000).prefault(""),
    bodyMarkdown: zMaxCharacters(zPlainString(), 500_000).default(""),
    disclosure: z.enum(DISCLOSURE_ATTRIBUTES, "required"),
    withholdGround: z
      .union([z.literal(""), z.enum(WITHHOLD_GROUNDS, "invalid")])
      .optional()
      .transform((v) => v || null),
    withholdReason: zPlain(2000)
      .optional()
      .transform((v) => v || null),
    interpretsItemId: optionalUuid,
  })
  .superRefine((draft, ctx) => {
    // Anything but 主动公开 needs its legal ground and a written reason (拟不公开的，必须要依法依规说明理由).
    if (draft.disclosure !== "PROACTIVE") {
      if (!draft.withholdGround)
        ctx.addIssue({ code: "custom", path: ["withholdGround"], message: "withholdGroundRequired" });
      if (!draft.withholdReason)
        ctx.addIssue({ code: "custom", path: ["withholdReason"], message: "withholdReasonRequired" });
    }
    if (draft.genre === "INTERPRETATION" && !draft.interpretsItemId) {
      ctx.addIssue({ code: "custom", path: ["interpretsItemId"], message: "interpretsRequired" });
    }
  });
export type TItemDraft = z.infer<typeof ZItemDraft>;

export const ZComment = z.object({ comment: zRequiredText(2000).transform(plainText) });
export const ZOptionalComment = z.object({ comment: zText(2000).transform(plainText).optional() });

export const ZWithdrawal = z.object({ reason: zRequiredText(2000).transform(plainText) });

export const ZValidityChange = z.object({
  validity: z.enum(VALIDITIES.filter((v) => v !== "VALID") as ["REPEALED", "EXPIRED"], "required"),
  effectiveOn: isoDate,
  reason: zRequiredText(2000).transform(plainText),
});
