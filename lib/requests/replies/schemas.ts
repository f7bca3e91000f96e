// Input of the reply use cases: one schema for the form, the action and the API.
import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { zMaxCharacters, zPlainString, zRequiredText, zText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";
import { NotHeldVariant, ReplyDelivery } from "@/lib/generated/prisma/enums";
import { REPLY_OUTCOMES } from "../vocabulary";

export const zCalendarDate = z
  .string()
  .trim()
  .refine(isCalendarDate, "date")
  .transform((v) => v as CalendarDate);

/** A draft or an edit: the outcome (one row of table 三), its 法律依据, and the letter (empty = from the template). */
export const ZReplyDraft = z.object({
  outcome: z.enum(REPLY_OUTCOMES, "required"),
  legalGround: zText(500).transform(plainText).optional(),
  letterMarkdown: zMaxCharacters(zPlainString(), 50_000).optional(),
  /** 予以公开 / 部分公开: how the information is provided (default 随答复书提供文件), and where/when. */
  delivery: z
    .union([z.enum(ReplyDelivery, "invalid"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  deliveryDetail: zText(500).transform(plainText).optional(),
  /** 本机关不掌握: does not exist (36 (四), the default) or another agency is responsible (36 (五)). */
  notHeldVariant: z
    .union([z.enum(NotHeldVariant, "invalid"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  otherAgencyName: zText(200).transform(plainText).optional(),
  otherAgencyContact: zText(300).transform(plainText).optional(),
  /** "按模板重新生成": replace the letter with the template's. */
  regenerate: z
    .union([z.literal("1"), z.literal("")])
    .optional()
    .transform((v) => v === "1"),
});
export type TReplyDraft = z.infer<typeof ZReplyDraft>;

export const ZReplyReturn = z.object({ comment: zRequiredText(2000).transform(plainText) });

export const ZReplySend = z.object({ sentOn: zCalendarDate });

export const ZReplyTemplate = z.object({
  outcome: z.enum(REPLY_OUTCOMES, "required"),
  title: zRequiredText(100).transform(plainText),
  body: zRequiredText(20_000),
});
