// The staff API of 行政复议 / 行政诉讼 for /api/v1/openapi.json: list an agency's cases, record one without a
// request, set a result. Request bodies come from the zod schemas the use cases parse.
import { z } from "zod";
import { AGENCY_CODE_PROPERTY, withAgencyCode } from "@/lib/api/agency-reference-schema";
import type { ApiSection, JsonSchema } from "@/lib/api/openapi";
import { APPEAL_KINDS, APPEAL_RESULTS, APPEAL_SUBJECTS, ZAgencyAppeal, ZAppealResult } from "./schemas";

/** The input side of a zod schema as JSON Schema (as lib/api/openapi.ts bodySchema; not imported: a cycle). */
function bodySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const error = (name: string) => ({ $ref: `#/components/responses/${name}` });
const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: "null" }] });
const date = { type: "string", format: "date" } as const;
const bearer = [{ bearerToken: [] }];
const errors = (...names: string[]) => Object.fromEntries(names.map((n) => [STATUS[n], error(n)]));
const STATUS: Record<string, string> = {
  BadRequest: "400",
  Unauthenticated: "401",
  Forbidden: "403",
  NotFound: "404",
  Validation: "422",
};

const APPEAL: JsonSchema = {
  type: "object",
  required: ["id", "agencyId", "subject", "request", "summary", "kind", "filedOn", "body", "result", "concludedOn"],
  properties: {
    id: { type: "string", format: "uuid" },
    agencyId: { type: "string", format: "uuid" },
    subject: {
      type: "string",
      enum: APPEAL_SUBJECTS,
      description: "REQUEST_REPLY (about a request), PROACTIVE_DISCLOSURE (未依法主动公开), CORRECTION (更正), OTHER",
    },
    request: nullable({
      type: "object",
      properties: { id: { type: "string", format: "uuid" }, trackingCode: { type: "string" } },
    }),
    summary: { type: "string" },
    kind: { type: "string", enum: APPEAL_KINDS },
    filedOn: date,
    body: { type: "string", description: "复议机关 or 法院" },
    result: { type: "string", enum: APPEAL_RESULTS },
    concludedOn: nullable(date),
    note: { type: "string" },
  },
};

export const APPEALS_SECTION: ApiSection = {
  tags: [
    {
      name: "console-appeals",
      description:
        "行政复议 / 行政诉讼 against an agency's disclosure work (表四 of the annual report), with or without a request.",
    },
  ],
  paths: {
    "/api/v1/console/appeals": {
      get: {
        operationId: "listAppeals",
        summary: "An agency's 行政复议 / 行政诉讼, newest first (with year: those open in that year)",
        tags: ["console-appeals"],
        security: bearer,
        parameters: [
          { name: "agencyId", in: "query", description: "Or agencyCode", schema: { type: "string", format: "uuid" } },
          { name: "agencyCode", in: "query", schema: AGENCY_CODE_PROPERTY },
          { name: "year", in: "query", required: false, schema: { type: "integer" } },
        ],
        responses: {
          "200": {
            description: "The cases (none for an agency outside the token's agencies)",
            content: json({ type: "object", properties: { appeals: { type: "array", items: ref("Appeal") } } }),
          },
          ...errors("Unauthenticated", "Validation"),
        },
      },
      post: {
        operationId: "recordAgencyAppeal",
        summary: "Record a 行政复议 / 行政诉讼 that is not about a request (未依法主动公开, 更正, other)",
        description: "A 经办人 of the agency. A case about a request is recorded on the request.",
        tags: ["console-appeals"],
        security: bearer,
        requestBody: { required: true, content: json(ref("AgencyAppeal")) },
        responses: {
          "201": { description: "Recorded", content: json(ref("Appeal")) },
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Validation"),
        },
      },
    },
    "/api/v1/console/appeals/{id}/result": {
      post: {
        operationId: "setAppealResult",
        summary: "Set the result of a 行政复议 / 行政诉讼 (a concluded result needs its date)",
        tags: ["console-appeals"],
        security: bearer,
        parameters: [{ name: "id", in: "path", required: true, description: "Appeal id", schema: { type: "string" } }],
        requestBody: { required: true, content: json(ref("AppealResult")) },
        responses: {
          "200": { description: "Saved", content: json(ref("Appeal")) },
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Validation"),
        },
      },
    },
  },
  schemas: {
    Appeal: APPEAL,
    AgencyAppeal: {
      ...withAgencyCode(bodySchema(ZAgencyAppeal.extend({ agencyId: z.uuid() }))),
      description: "agencyId: the agency the case is against.",
    },
    AppealResult: bodySchema(ZAppealResult),
  },
};
