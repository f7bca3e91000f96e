// The OpenAPI side of lib/agencies/agency-reference.ts: a body that names an agency takes `agencyId` or
// `agencyCode` (at least one; both must agree). Kept apart from openapi.ts so every section can import it.
import type { JsonSchema } from "./openapi";

export const AGENCY_CODE_PROPERTY: JsonSchema = {
  type: "string",
  description: "The agency's code as GET /api/v1/agencies lists it (e.g. 350403001); instead of agencyId.",
};

/** A body schema whose required `agencyId` may be given as `agencyCode` instead. */
export function withAgencyCode(schema: JsonSchema): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = ((schema.required ?? []) as string[]).filter((name) => name !== "agencyId");
  return {
    ...schema,
    properties: {
      ...properties,
      agencyId: { ...properties.agencyId, description: "The agency's id; or give agencyCode." },
      agencyCode: AGENCY_CODE_PROPERTY,
    },
    required,
    anyOf: [{ required: ["agencyId"] }, { required: ["agencyCode"] }],
  };
}
