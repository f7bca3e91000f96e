// An agency named by an API client: by its public `code` (what GET /api/v1/agencies lists and integrators
// know, e.g. smsy-swj) or by its `agencyId`. Every endpoint that names an agency resolves the code here, once,
// and hands the use case an input with `agencyId`, so the use case and its checks stay unchanged.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { AGENCY_CODE } from "@/lib/open-data/schemas";

/**
 * `agencyCode` → `agencyId` in an input object. Both given: they must name the same agency. An unknown code
 * (or, with `activeOnly`, an inactive agency's) is a field error on `agencyCode`, as is a mismatch; anything
 * that is not an object with a code passes through untouched for the use case's own validation.
 */
export async function withAgencyReference(input: unknown, options: { activeOnly?: boolean } = {}): Promise<unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input) || !("agencyCode" in input)) return input;
  const { agencyCode, ...rest } = input as Record<string, unknown>;
  if (agencyCode === undefined || agencyCode === null || agencyCode === "") return rest;
  const agencyId = await agencyIdForCode(agencyCode, options);
  if (!agencyId) throw new AppError("VALIDATION", { fieldErrors: { agencyCode: ["unknownAgencyCode"] } });
  if (rest.agencyId !== undefined && rest.agencyId !== null && rest.agencyId !== "" && rest.agencyId !== agencyId)
    throw new AppError("VALIDATION", { fieldErrors: { agencyCode: ["agencyReferenceMismatch"] } });
  return { ...rest, agencyId };
}

/** The id of the agency with this code, or null (not a code, no such agency, or inactive when so asked). */
export async function agencyIdForCode(code: unknown, options: { activeOnly?: boolean } = {}): Promise<string | null> {
  if (typeof code !== "string" || !AGENCY_CODE.test(code)) return null;
  const agency = await db.agency.findFirst({
    where: { code, ...(options.activeOnly ? { active: true } : {}) },
    select: { id: true },
  });
  return agency?.id ?? null;
}
