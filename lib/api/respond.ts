// The JSON API's one way to answer: errors are mapped here, once, from AppError (code → HTTP status) to
// { error: { code, reason, message, fields } }, with messages in the caller's language (Chinese unless
// `?lang=en` or the Accept-Language header asks for English). `reason` is the use case's own message key
// (e.g. replies.releasedFileRequired): stable, for programs; `message` is the console's sentence for it. Bad input is never a 500: invalid JSON is a 400, a body that
// fails its schema a 422 with the fields concerned.
import { createTranslator } from "next-intl";
import { recordPermissionDenied } from "@/lib/audit/record-permission-denied";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { isAppError, type AppError } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";

/** Errors of the HTTP layer itself, before any use case runs. */
export const API_ERRORS = {
  INVALID_JSON: {
    status: 400,
    message: { "zh-CN": "请求内容不是有效的 JSON。", en: "The request body is not valid JSON." },
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: { "zh-CN": "请求内容过大。", en: "The request body is too large." } },
  INTERNAL: {
    status: 500,
    message: {
      "zh-CN": "服务暂时出现问题，请稍后再试。",
      en: "Something went wrong on our side. Please try again later.",
    },
  },
} as const satisfies Record<string, { status: number; message: Record<Locale, string> }>;

export class ApiError extends Error {
  constructor(readonly code: keyof typeof API_ERRORS) {
    super(code);
    this.name = "ApiError";
  }
}

export type ApiFieldError = { code: string; message: string };
export type ApiErrorBody = {
  error: { code: string; reason?: string; message: string; fields?: Record<string, ApiFieldError[]> };
};

/** Largest JSON body accepted (requests, events and replies are text). */
const MAX_BODY_BYTES = 1_000_000;

/** The answer's language: `?lang=` first (zh, zh-CN, en…), then Accept-Language; Chinese by default. */
export function localeOf(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang")?.trim().toLowerCase();
  if (lang) return lang.startsWith("en") ? "en" : DEFAULT_LOCALE;
  const header = request.headers.get("accept-language") ?? "";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : DEFAULT_LOCALE;
}

type Translate = { (key: string, params?: Record<string, string | number>): string; has: (key: string) => boolean };

function translator(locale: Locale): Translate {
  // The catalogue is data read at run time, so the translator is untyped here.
  return createTranslator({ locale, messages: loadMessages(locale), onError: () => {} }) as unknown as Translate;
}

/**
 * The catalogue keys that may hold the sentence of an AppError's message key, most specific first:
 * errors.<message>, or for a capability that keeps its messages in its own file (messages/<locale>/replies.json)
 * <capability>.errors.<key> as the console shows it (lib/requests/replies/form-messages.ts), or a refusal
 * the console shows beside its form (validation.<message>, e.g. categoryInUse).
 */
export function messageKeyCandidates(reason: string): string[] {
  const [capability, ...rest] = reason.split(".");
  return [
    `errors.${reason}`,
    ...(rest.length ? [`${capability}.errors.${rest.join(".")}`] : []),
    `validation.${reason}`,
  ];
}

/** The use case's own reason (its message key), when it named one beyond the bare code. */
export function reasonOf(error: AppError): string | undefined {
  return error.message === error.code ? undefined : error.message;
}

function appErrorBody(error: AppError, locale: Locale): ApiErrorBody {
  const t = translator(locale);
  // A specific sentence when the use case names one, else the code's sentence.
  const reason = reasonOf(error);
  const specific = (reason ? messageKeyCandidates(reason) : []).find((key) => t.has(key)) ?? `errors.${error.code}`;
  const body: ApiErrorBody = {
    error: { code: error.code, ...(reason ? { reason } : {}), message: t(specific, error.params) },
  };
  if (error.fieldErrors) {
    body.error.fields = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, keys]) => [
        field,
        // The field's sentence may show the same values as the message (e.g. the earliest allowed date).
        keys.map((key) => ({
          code: key,
          message: t.has(`validation.${key}`) ? t(`validation.${key}`, error.params) : key,
        })),
      ]),
    );
  }
  return body;
}

const NO_STORE = { "Cache-Control": "no-store" };

export function json(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return Response.json(data, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

export function errorResponse(error: unknown, request: Request): Response {
  const locale = localeOf(request);
  if (isAppError(error)) {
    const headers: Record<string, string> =
      error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="gongkai"' } : {};
    // A throttled client is told when to come back, in seconds, as HTTP says (RFC 9110 §10.2.3).
    if (error.code === "THROTTLED" && typeof error.params?.minutes === "number")
      headers["Retry-After"] = String(error.params.minutes * 60);
    return json(appErrorBody(error, locale), { status: error.status, headers });
  }
  const code = error instanceof ApiError ? error.code : "INTERNAL";
  if (code === "INTERNAL") console.error("[gongkai] API error:", error);
  return json({ error: { code, message: API_ERRORS[code].message[locale] } } satisfies ApiErrorBody, {
    status: API_ERRORS[code].status,
  });
}

/** The request body as JSON; INVALID_JSON (400) for anything else, PAYLOAD_TOO_LARGE (413) beyond 1 MB. */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError("PAYLOAD_TOO_LARGE");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw new ApiError("PAYLOAD_TOO_LARGE");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("INVALID_JSON");
  }
}

/** CORS for the public endpoints (submit and track): any origin, no cookies involved. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept-Language",
  "Access-Control-Max-Age": "86400",
} as const;

export function preflight() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/**
 * Wraps a route handler: every error becomes the API's error answer, and the public endpoints get
 * their CORS headers on success and error alike.
 */
export function apiRoute(
  handler: (request: Request) => Promise<Response>,
  options?: { cors?: boolean },
): (request: Request) => Promise<Response>;
export function apiRoute<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  options?: { cors?: boolean },
): (request: Request, context: C) => Promise<Response>;
export function apiRoute<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  options: { cors?: boolean } = {},
) {
  return async (request: Request, context: C): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      await recordPermissionDenied(error, clientIpFromHeaders(request.headers));
      response = errorResponse(error, request);
    }
    if (options.cors) for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    return response;
  };
}
