// The API's own description and reference page, in /api/v1/openapi.json (the contract test wants every route).
import type { ApiSection } from "./openapi";

export const REFERENCE_SECTION: ApiSection = {
  tags: [{ name: "reference", description: "This description, and the reference page that renders it." }],
  paths: {
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This OpenAPI 3.1 description",
        tags: ["reference"],
        responses: { "200": { description: "The description", content: { "application/json": { schema: {} } } } },
      },
    },
    "/api/v1/docs": {
      get: {
        operationId: "getReferencePage",
        summary: "The API reference (Swagger UI) as a web page, served by the app itself (no CDN)",
        tags: ["reference"],
        responses: { "200": { description: "HTML", content: { "text/html": { schema: { type: "string" } } } } },
      },
    },
    "/api/v1/docs/{asset}": {
      get: {
        operationId: "getReferenceAsset",
        summary: "A file of the reference page",
        tags: ["reference"],
        parameters: [
          {
            name: "asset",
            in: "path",
            required: true,
            schema: { enum: ["swagger-ui.css", "swagger-ui-bundle.js", "start.js"] },
          },
        ],
        responses: {
          "200": { description: "The file", content: { "text/css": { schema: { type: "string" } } } },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
  },
};
