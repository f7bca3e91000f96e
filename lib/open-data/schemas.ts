// Query parameters of the open-data API, parsed with zod. Each failure names a message key under
// openData.errors.parameter (messages/*/open-data.json), so a 400 says which parameter is wrong and why.
import { z } from "zod";
import { GENRES, SUBJECT_CATEGORY_CODES, VALIDITIES } from "@/lib/items/vocabulary";
import { decodeItemCursor } from "@/lib/search/position-cursor";
import { zMaxCharacters } from "@/lib/forms/validation";
import { MAX_QUERY_LENGTH } from "@/lib/search/tokenize";

export const ITEMS_PAGE_SIZE = 20;
export const ITEMS_MAX_PAGE_SIZE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const AGENCY_CODE = /^[0-9A-Za-z-]{1,32}$/;

const oneOf = <T extends string>(values: readonly T[], key: string) =>
  z
    .string()
    .refine((v): v is T => (values as readonly string[]).includes(v), key)
    .transform((v) => v as T);

const integer = (min: number, max: number, key: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, key)
    .transform(Number)
    .pipe(z.number().int().min(min, key).max(max, key));

/** GET /api/v1/items */
export const ZItemListQuery = z
  .strictObject({
    agency: z.string().regex(AGENCY_CODE, "agencyCode").optional(),
    category: z.string().regex(UUID, "uuid").optional(),
    subject: oneOf(SUBJECT_CATEGORY_CODES, "subject").optional(),
    genre: oneOf(GENRES, "genre").optional(),
    year: integer(1990, 2100, "year").optional(),
    validity: oneOf(VALIDITIES, "validity").optional(),
    cursor: z
      .string()
      .refine((v) => decodeItemCursor(v) !== null, "cursor")
      .optional(),
    limit: integer(1, ITEMS_MAX_PAGE_SIZE, "limit").optional(),
    // Full-text search (lib/search): relevance pages instead of the keyset cursor.
    q: zMaxCharacters(z.string().trim().min(1, "required"), MAX_QUERY_LENGTH).optional(),
    page: integer(1, 50, "page").optional(),
  })
  .refine((v) => !v.q || (!v.cursor && !v.subject && !v.limit), { message: "searchParams", path: ["q"] });
export type TItemListQuery = z.infer<typeof ZItemListQuery>;

/** Endpoints that take no query parameters. */
export const ZNoQuery = z.strictObject({});
