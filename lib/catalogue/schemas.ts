import { z } from "zod";
import { zRequiredText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";
import { validateIndexPattern } from "@/lib/items/index-number";

/** A category of an agency's own catalogue (主动公开基本目录), e.g. 安全生产、应急管理类. */
export const ZCategoryInput = z.object({
  name: zRequiredText(100).transform(plainText),
  parentId: z
    .union([z.literal(""), z.uuid("uuid")])
    .optional()
    .transform((v) => v || null),
  sortOrder: z.coerce.number().int("invalid").min(0, "invalid").max(10000, "invalid").default(0),
});

/** How an agency numbers and re-reviews its items. */
export const ZItemSettings = z.object({
  indexNumberPattern: zRequiredText(100).refine(validateIndexPattern, "indexPattern"),
  withheldReviewMonths: z.coerce.number().int("invalid").min(1, "invalid").max(60, "invalid"),
});
