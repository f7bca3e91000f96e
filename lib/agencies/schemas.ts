import { z } from "zod";
import { isCalendarDate, toDbDate } from "@/lib/calendar/calendar-date";
import { zOptionalEmail, zRequiredText, zText } from "@/lib/forms/validation";

/** 机关 fields an administrator edits. The code feeds 索引号 (index numbers) and never changes lightly. */
export const ZAgencyInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, "required")
    .max(32, "tooLong")
    .regex(/^[0-9A-Za-z-]+$/, "agencyCode"),
  name: zRequiredText(200),
  shortName: zRequiredText(100),
  parentId: z.union([z.literal(""), z.uuid("uuid")]).transform((v) => v || null),
  address: zText(300),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "postcode"),
  phone: zText(50).regex(/^[0-9()\-+\s、,，转]*$/, "phone"),
  fax: zText(50).regex(/^[0-9()\-+\s、,，转]*$/, "phone"),
  email: zOptionalEmail,
  website: zText(300),
  officeHours: zText(300),
  disclosureOffice: zText(200),
  /** 复议机关 and 管辖法院, named with their time limits in every reply letter (DOMAIN §3). */
  // Optional: left out, they keep their value (and an agency created without them has none).
  reviewBody: zText(200).optional(),
  court: zText(200).optional(),
  /** 文号 prefix of reply letters: 元商务依申 → 元商务依申〔2026〕7号. */
  letterNumberPrefix: zText(50)
    .regex(/^[\p{Script=Han}A-Za-z0-9]*$/u, "letterNumberPrefix")
    .optional(),
  sortOrder: z.coerce.number().int("invalid").min(0, "invalid").max(100000, "invalid").default(0),
  /** 上线日期: items published before it may be imported as historical. Set by the platform administrator only. */
  goLiveOn: z
    .union([z.literal(""), z.string().trim().refine(isCalendarDate, "date")])
    .transform((v) => (v ? toDbDate(v) : null))
    // Absent (e.g. an API call without it): left as it is; empty: cleared.
    .optional(),
});
export type TAgencyInput = z.infer<typeof ZAgencyInput>;

/** What an agency's own administrator may change (not the code, nor the place and order in the tree). */
export const ZAgencyContactInput = ZAgencyInput.omit({ code: true, parentId: true, sortOrder: true, goLiveOn: true });
export type TAgencyContactInput = z.infer<typeof ZAgencyContactInput>;
