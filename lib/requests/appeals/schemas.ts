import { z } from "zod";
import { zText } from "@/lib/forms/validation";
import { AppealKind, AppealResult } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/items/render-body";
import { zCalendarDate } from "../replies/schemas";

export const APPEAL_KINDS = Object.values(AppealKind);
export const APPEAL_RESULTS = Object.values(AppealResult);

/** 行政复议 / 行政诉讼 filed about a request: the kind (table 四's columns), when, and before which body. */
export const ZAppeal = z.object({
  kind: z.enum(APPEAL_KINDS, "required"),
  filedOn: zCalendarDate,
  /** 复议机关 or 法院. */
  body: zText(200).transform(plainText),
  note: zText(2000).transform(plainText).optional(),
});

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
