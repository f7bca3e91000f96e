// The API's OpenAPI 3.1 description (lib/api/openapi.ts).
import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute, CORS_HEADERS } from "@/lib/api/respond";

export const GET = apiRoute(async () =>
  Response.json(openApiDocument(), { headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=300" } }),
);
