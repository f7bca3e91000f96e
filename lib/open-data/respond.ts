// Answers of the read-only open-data endpoints (agencies, items, attachments): JSON with CORS for any
// origin, and a 400 for query parameters that do not parse. Everything else (404 NOT_FOUND, 500) is
// mapped by the API's one error mapper (lib/api/respond.ts).
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { apiRoute, localeOf, type ApiErrorBody } from "@/lib/api/respond";
import { loadMessages } from "@/lib/i18n/load-messages";

/** CORS of the read endpoints: any origin, GET only, no credentials. */
export const READ_CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept-Language, Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

/** Public data may be cached briefly by browsers and proxies. */
export const PUBLIC_CACHE = "public, max-age=60";

export function readPreflight() {
  return new Response(null, { status: 204, headers: READ_CORS_HEADERS });
}

/** A route handler of a read endpoint: errors become the API's JSON errors, with CORS headers on every answer. */
export function readRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  const wrapped = apiRoute(handler);
  return async (request: Request, context: C) => {
    const response = await wrapped(request, context);
    for (const [name, value] of Object.entries(READ_CORS_HEADERS)) response.headers.set(name, value);
    return response;
  };
}

export function publicJson(data: unknown) {
  return Response.json(data, { headers: { "Cache-Control": PUBLIC_CACHE } });
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** 400 with one sentence per parameter, in the caller's language. */
export function badRequest(request: Request, fields: Record<string, string[]>): Response {
  const locale = localeOf(request);
  const t = createTranslator({
    locale,
    messages: loadMessages(locale),
    namespace: "openData.errors",
    onError: () => {},
  }) as unknown as Translate;
  const body: ApiErrorBody = {
    error: {
      code: "BAD_REQUEST",
      message: t("badParameters", { names: Object.keys(fields).join(", ") }),
      fields: Object.fromEntries(
        Object.entries(fields).map(([name, keys]) => [
          name,
          keys.map((key) => ({ code: key, message: t(`parameter.${key}`, { name }) })),
        ]),
      ),
    },
  };
  return Response.json(body, { status: 400, headers: { "Cache-Control": "no-store" } });
}

/** Parses URL search params with `schema`; returns the value or a 400 response naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(
  request: Request,
  schema: S,
): { ok: true; value: z.infer<S> } | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const input: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) repeated[key] = ["repeated"];
    input[key] = values[0]!;
  }
  if (Object.keys(repeated).length) return { ok: false, response: badRequest(request, repeated) };
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        fields[key] ??= [];
        fields[key].push("unknown");
      }
      continue;
    }
    const name = issue.path.map(String).join(".") || "_query";
    const key = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    fields[name] ??= [];
    if (!fields[name].includes(key)) fields[name].push(key);
  }
  return { ok: false, response: badRequest(request, fields) };
}
