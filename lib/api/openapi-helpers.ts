// Small builders for the console API's OpenAPI sections (items, reports). Kept apart from openapi.ts, which
// imports the sections: importing it back would be a cycle (types only are fine).
import { z } from "zod";
import type { JsonSchema, Operation } from "./openapi";

/** The input side of a zod schema as JSON Schema (refinements are checked by the server). */
export function bodySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonOf = (schema: JsonSchema) => ({ "application/json": { schema } });
export const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: "null" }] });
export const date = { type: "string", format: "date" } as const;
export const dateTime = { type: "string", format: "date-time" } as const;
export const uuid = { type: "string", format: "uuid" } as const;
export const bearer = [{ bearerToken: [] }];
export const person = nullable({ type: "object", properties: { id: uuid, name: { type: "string" } } });

const STATUS = {
  BadRequest: "400",
  Unauthenticated: "401",
  Forbidden: "403",
  NotFound: "404",
  Conflict: "409",
  PayloadTooLarge: "413",
  Validation: "422",
} as const;
type ErrorName = keyof typeof STATUS;

/** The error answers an operation may give, as references to the document's shared responses. */
export function errors(...names: ErrorName[]): Operation["responses"] {
  return Object.fromEntries(
    names.map((n) =>
      n === "PayloadTooLarge"
        ? [STATUS[n], { description: "The file is larger than allowed", content: jsonOf(ref("Error")) }]
        : [STATUS[n], { $ref: `#/components/responses/${n}` }],
    ),
  );
}

export const idParam = (name: string, description: string) => ({
  name,
  in: "path" as const,
  required: true,
  description,
  schema: uuid,
});
