import { z } from "zod";
import { zRequiredText, zText } from "@/lib/forms/validation";
import { AppealKind, AppealResult, AppealSubject } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/items/render-body";
import { zCalendarDate } from "../replies/schemas";

export const APPEAL_KINDS = Object.values(AppealKind);
export const APPEAL_RESULTS = Object.values(AppealResult);
export const APPEAL_SUBJECTS = Object.values(AppealSubject);
/** What a case without a request can be about (条例 art. 51): 未依法主动公开, 更正 (art. 41), other. */
export const APPEAL_SUBJECTS_WITHOUT_REQUEST = APPEAL_SUBJECTS.filter((s) => s !== "REQUEST_REPLY");

/** 行政复议 / 行政诉讼 filed about a request: the kind (table 四's columns), when, and before which body. */
export const ZAppeal = z.object({
  kind: z.enum(APPEAL_KINDS, "required"),
  filedOn: zCalendarDate,
  /** 复议机关 or 法院. */
  body: zText(200).transform(plainText),
  note: zText(2000).transform(plainText).optional(),
});

/** A case against the agency that is not about a request: what it is about, in a few words, and the same facts. */
export const ZAgencyAppeal = ZAppeal.extend({
  subject: z.enum(APPEAL_SUBJECTS_WITHOUT_REQUEST as ["PROACTIVE_DISCLOSURE", "CORRECTION", "OTHER"], "required"),
  summary: zRequiredText(500).transform(plainText),
  body: zText(200).transform(plainText).optional(),
});
export type TAgencyAppeal = z.infer<typeof ZAgencyAppeal>;

/** The console list's year filter (cases open in that year): a four-digit year, or nothing. */
export const ZAppealYear = z.coerce.number().int().min(2008).max(2100);

/** The result; a concluded one (维持/纠正/其他) needs its date, 尚未审结 has none. */
export const ZAppealResult = z
  .object({
    result: z.enum(APPEAL_RESULTS, "required"),
    concludedOn: z
      .union([z.literal(""), zCalendarDate])
      .optional()
      .transform((v) => v || null),
    note: zText(2000).transform(plainText).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result !== "PENDING" && !v.concludedOn)
      ctx.addIssue({ code: "custom", path: ["concludedOn"], message: "required" });
  })
  .transform((v) => ({ ...v, concludedOn: v.result === "PENDING" ? null : v.concludedOn }));
