// zod issues → field errors as message keys (messages/*.json → validation.*), shown next to each field.
import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { IDENTITY_VALIDATION_KEYS } from "@/lib/requests/identity/schemas";
import { characterCount } from "@/lib/text/characters";

/** Message keys used in schemas; anything else zod reports becomes "invalid". */
export const VALIDATION_KEYS = [
  "required",
  "tooLong",
  "tooShort",
  "email",
  "postcode",
  "agencyCode",
  "phone",
  "url",
  "passwordTooShort",
  "passwordWeak",
  "passwordTooCommon",
  "passwordMismatch",
  "invalid",
  "uuid",
  "roleRequired",
  "date",
  "channelRequired",
  "keywordsTooMany",
  "keywordTooLong",
  "withholdGroundRequired",
  "withholdReasonRequired",
  "interpretsRequired",
  "phone",
  "idTypeMismatch",
  "contactPersonRequired",
  "emailRequiredForDelivery",
  "addressRequiredForDelivery",
  "receiptBasisMismatch",
  "descriptionTooShort",
  "phoneLastFour",
  "futureDate",
  "controlCharacters",
  "letterNumberPrefix",
  // The site identity's registry formats (lib/site/schemas.ts)
  "siteDomain",
  "siteIdCode",
  "icpNumber",
  "publicSecurityNumber",
  // 补正 online with neither text nor files (lib/requests/submit-online-correction.ts)
  "correctionEmpty",
  // Webhook endpoints (lib/webhooks/schemas.ts)
  "webhookUrl",
  "webhookEventsRequired",
  ...IDENTITY_VALIDATION_KEYS,
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

const known = new Set<string>(VALIDATION_KEYS);

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const key = known.has(issue.message) ? issue.message : issue.code === "too_big" ? "tooLong" : "invalid";
    result[field] ??= [];
    if (!result[field].includes(key)) result[field].push(key);
  }
  return result;
}

/** Parses input with `schema`, or throws a VALIDATION AppError carrying per-field message keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

/**
 * Characters no citizen types and PostgreSQL cannot store or should not: control characters other than tab and
 * line breaks (NUL is refused by the database outright) and lone UTF-16 surrogates (invalid Unicode, refused in
 * JSON columns). Refused with a sentence instead of failing at the database.
 */
const UNSTORABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const hasUnstorableCharacters = (value: string) => UNSTORABLE.test(value);

/** Shared field schemas. Messages are keys; the UI translates them. */
export const zPlainString = () => z.string().refine((v) => !hasUnstorableCharacters(v), "controlCharacters");
/**
 * Text of at most `max` characters, counted in code points (lib/text/characters.ts: zod's `.max()` counts UTF-16
 * units, so a name in Extension B characters, 王𬌗明, would count 4 and hit the limit at half its length). The
 * limit is kept in the schema's metadata, so the API description (JSON Schema's maxLength, which also counts
 * code points) shows it.
 */
export const zMaxCharacters = <S extends z.ZodString>(schema: S, max: number, message = "tooLong") =>
  schema.refine((v) => characterCount(v) <= max, message).meta({ maxLength: max });
/** At least `min` characters, in code points (see zMaxCharacters). */
export const zMinCharacters = <S extends z.ZodString>(schema: S, min: number, message = "tooShort") =>
  schema.refine((v) => characterCount(v) >= min, message).meta({ minLength: min });
export const zText = (max: number) => zMaxCharacters(zPlainString().trim(), max);
export const zRequiredText = (max: number) => zText(max).min(1, "required");
export const zOptionalEmail = z.union([
  z.literal(""),
  z.string().trim().toLowerCase().max(200, "tooLong").pipe(z.email("email")),
]);
export const zEmail = z.string().trim().toLowerCase().min(1, "required").max(200, "tooLong").pipe(z.email("email"));
/** At least 12 characters, letters and digits, and not one of the passwords attackers try first. */
export const zPassword = z
  .string()
  .min(12, "passwordTooShort")
  .max(200, "tooLong")
  .refine((p) => /[A-Za-z]/.test(p) && /[0-9]/.test(p), "passwordWeak")
  .refine((p) => !isCommonPassword(p), "passwordTooCommon");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Malformed ids answer "not found" like any other id the user may not see (and never reach the database). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
