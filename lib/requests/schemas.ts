// One schema for the request form of the portal, the staff registration form and the API.
import { z } from "zod";
import { chinaToday, isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { zRequiredText, zText } from "@/lib/forms/validation";
import { characterCount } from "@/lib/text/characters";
import { plainText } from "@/lib/items/render-body";
import { validateCreditCode } from "./identity/credit-code";
import { validateResidentId } from "./identity/resident-id";
import { CREDIT_CODE_KEYS, RESIDENT_ID_KEYS } from "./identity/schemas";
import {
  APPLICANT_TYPES,
  type DELIVERY_METHODS,
  INFORMATION_FORMS,
  ORGANIZATION_ID_TYPES,
  PERSONAL_ID_TYPES,
  RECEIPT_BASES,
  RECEIPT_BASES_BY_CHANNEL,
  STAFF_CHANNELS,
} from "./vocabulary";

const zPlain = (max: number) => zText(max).transform(plainText);
/** Mobile (11 digits from 1) or landline with area code, extension allowed: 13800138000, 0598-8336118. */
const PHONE = /^(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

const applicantShape = {
  applicantType: z.enum(APPLICANT_TYPES, "required"),
  applicantName: zRequiredText(200).transform(plainText),
  contactPerson: zPlain(100).default(""),
  idType: z.enum([...PERSONAL_ID_TYPES, ...ORGANIZATION_ID_TYPES], "required"),
  idNumber: zRequiredText(50).transform((v) => v.replace(/\s/g, "")),
  phone: zRequiredText(30)
    .transform((v) => v.replace(/\s/g, ""))
    .refine((v) => PHONE.test(v), "phone"),
  email: z
    .union([z.literal(""), z.string().trim().toLowerCase().max(200, "tooLong").pipe(z.email("email"))])
    .default(""),
  address: zPlain(300).default(""),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "postcode")
    .default(""),
  description: zRequiredText(5000)
    .transform(plainText)
    .refine((v) => characterCount(v) >= 10, "descriptionTooShort"),
  documentHint: zPlain(300).default(""),
  purpose: zPlain(2000).default(""),
  form: z.enum(INFORMATION_FORMS, "required"),
  delivery: z.enum(
    ["PICKUP", "POST", "EMAIL", "ONLINE"] as const satisfies readonly (typeof DELIVERY_METHODS)[number][],
    "required",
  ),
};

type ApplicantFields = {
  applicantType: string;
  idType: string;
  idNumber: string;
  contactPerson: string;
  delivery: string;
  email: string;
  address: string;
  postcode: string;
};

/** Rules across fields: the ID fits the applicant (and is a valid number), delivery has what it needs. */
function checkApplicant(v: ApplicantFields, ctx: z.RefinementCtx) {
  const person = v.applicantType === "NATURAL_PERSON";
  const idTypes: readonly string[] = person ? PERSONAL_ID_TYPES : ORGANIZATION_ID_TYPES;
  if (!idTypes.includes(v.idType)) ctx.addIssue({ code: "custom", path: ["idType"], message: "idTypeMismatch" });
  if (v.idType === "RESIDENT_ID") {
    const r = validateResidentId(v.idNumber);
    if (!r.ok) ctx.addIssue({ code: "custom", path: ["idNumber"], message: RESIDENT_ID_KEYS[r.reason] });
  }
  if (v.idType === "CREDIT_CODE") {
    const r = validateCreditCode(v.idNumber);
    if (!r.ok) ctx.addIssue({ code: "custom", path: ["idNumber"], message: CREDIT_CODE_KEYS[r.reason] });
  }
  if (!person && !v.contactPerson)
    ctx.addIssue({ code: "custom", path: ["contactPerson"], message: "contactPersonRequired" });
  if (v.delivery === "EMAIL" && !v.email)
    ctx.addIssue({ code: "custom", path: ["email"], message: "emailRequiredForDelivery" });
  if (v.delivery === "POST" && (!v.address || !v.postcode))
    ctx.addIssue({
      code: "custom",
      path: [!v.address ? "address" : "postcode"],
      message: "addressRequiredForDelivery",
    });
}

/** Normalises the ID number once it is known to be valid (x → X, upper case). */
function normalizeId<T extends { idType: string; idNumber: string }>(v: T): T {
  if (v.idType === "RESIDENT_ID" || v.idType === "CREDIT_CODE") return { ...v, idNumber: v.idNumber.toUpperCase() };
  return v;
}

/** 网络申请: what a citizen or organisation submits on the portal or through the public API. */
export const ZOnlineRequest = z
  .object({ agencyId: z.uuid("uuid"), ...applicantShape })
  .superRefine(checkApplicant)
  .transform(normalizeId);
export type TOnlineRequest = z.infer<typeof ZOnlineRequest>;

const zReceivedOn = z
  .string()
  .trim()
  .refine(isCalendarDate, "date")
  .transform((v) => v as CalendarDate)
  .refine((v) => v <= chinaToday(), "futureDate");

/** A request received 当面, by 信函, 传真, 电子邮件 or otherwise, registered by staff with its art. 31 receipt date. */
export const ZStaffRegistration = z
  .object({
    agencyId: z.uuid("uuid"),
    ...applicantShape,
    channel: z.enum(STAFF_CHANNELS, "required"),
    receiptBasis: z.enum(RECEIPT_BASES, "required"),
    receivedOn: zReceivedOn,
  })
  .superRefine((v, ctx) => {
    checkApplicant(v, ctx);
    if (!RECEIPT_BASES_BY_CHANNEL[v.channel].includes(v.receiptBasis))
      ctx.addIssue({ code: "custom", path: ["receiptBasis"], message: "receiptBasisMismatch" });
  })
  .transform(normalizeId);
export type TStaffRegistration = z.infer<typeof ZStaffRegistration>;

/** The public tracking lookup: the code and the last four digits of the applicant's phone. */
export const ZTrackingLookup = z.object({
  trackingCode: zRequiredText(40),
  phoneLastFour: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "phoneLastFour"),
});
