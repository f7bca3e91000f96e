// The API reference, readable in a browser: Swagger UI rendering /api/v1/openapi.json, served by the app.
import { apiRoute } from "@/lib/api/respond";
import { nonceOf, referencePage } from "@/lib/api/reference-page";

export const GET = apiRoute(async (request: Request) => referencePage(nonceOf(request)));
