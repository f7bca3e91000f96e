// The applicant's tracking session: after the tracking code and the last four phone digits match, the
// portal remembers for 30 minutes which request this browser may see, in a signed cookie (HMAC-SHA256
// with NEXTAUTH_SECRET over the request id and the expiry). Nothing personal is in the cookie, and it is
// httpOnly and SameSite=Lax. Failed lookups are throttled in the database (tracking-throttle.ts).
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { findRequestForTracking } from "./queries";
import { ZTrackingLookup } from "./schemas";
import { phoneLastFour } from "./tracking-code";
import { withTrackingThrottle } from "./tracking-throttle";

export const TRACKING_COOKIE = "gongkai-tracking";
export const TRACKING_SESSION_MINUTES = 30;
/** The cookie is only sent to the tracking pages and their file downloads. */
export const TRACKING_COOKIE_PATH = "/requests/track";

function secretOrThrow(secret: string | undefined): string {
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: the tracking session cannot be signed.");
  return secret;
}

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/** The cookie value for `requestId`, valid until now + 30 minutes: `<id>.<expiry ms>.<signature>`. */
export function signTrackingSession(
  requestId: string,
  options: { now?: Date; secret?: string } = {},
): { value: string; expires: Date } {
  const secret = secretOrThrow(options.secret ?? process.env.NEXTAUTH_SECRET);
  const expires = new Date((options.now ?? new Date()).getTime() + TRACKING_SESSION_MINUTES * 60_000);
  const payload = `${requestId}.${expires.getTime()}`;
  return { value: `${payload}.${mac(payload, secret)}`, expires };
}

/** The request id of a valid, unexpired cookie value; null for anything else (tampered, expired, malformed). */
export function verifyTrackingSession(
  value: string | undefined | null,
  options: { now?: Date; secret?: string } = {},
): string | null {
  if (!value) return null;
  const secret = secretOrThrow(options.secret ?? process.env.NEXTAUTH_SECRET);
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [requestId, expiry, signature] = parts;
  if (!isUuid(requestId) || !/^\d{1,15}$/.test(expiry)) return null;
  const expected = Buffer.from(mac(`${requestId}.${expiry}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Number(expiry) <= (options.now ?? new Date()).getTime()) return null;
  return requestId;
}

/** Cookie attributes (Secure when the site is served over https, like next-auth's own cookies). */
export function trackingCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    path: TRACKING_COOKIE_PATH,
    expires,
  };
}

/**
 * 查询办理进度: the applicant gives the tracking code and the last four digits of their phone. Answers the
 * request id, or throws AppError NOT_FOUND (message "trackingNotFound": one answer whichever was wrong),
 * THROTTLED (params.minutes) after too many failures for this code or from this address
 * (lib/requests/tracking-throttle.ts), or VALIDATION for malformed input.
 */
export async function lookUpTrackedRequest(options: {
  input: unknown;
  clientIp: string;
  now?: Date;
}): Promise<{ requestId: string; request: NonNullable<Awaited<ReturnType<typeof findRequestForTracking>>> }> {
  const input = parseInput(ZTrackingLookup, options.input);
  const request = await withTrackingThrottle({
    trackingCode: input.trackingCode,
    clientIp: options.clientIp,
    now: options.now,
    lookUp: () => findRequestForTracking(input.trackingCode, input.phoneLastFour),
  });
  if (!request) throw new AppError("NOT_FOUND", { message: "trackingNotFound" });
  return { requestId: request.id, request };
}

/**
 * The applicant's public view of the request a valid session points to (the same projection as the
 * lookup itself: lib/requests/queries.ts findRequestForTracking), or null.
 */
export async function findTrackedRequest(requestId: string) {
  if (!isUuid(requestId)) return null;
  const keys = await db.infoRequest.findUnique({
    where: { id: requestId },
    select: { trackingCode: true, phone: true },
  });
  if (!keys) return null;
  return findRequestForTracking(keys.trackingCode, phoneLastFour(keys.phone));
}
export type TrackedRequest = NonNullable<Awaited<ReturnType<typeof findTrackedRequest>>>;

/**
 * A file the applicant may download: one of this request's, released with (or the letter of) a reply
 * that was sent. Anything else — another request's file, their own upload, a draft reply's file — is null.
 */
export async function findTrackedFile(requestId: string, fileId: string) {
  if (!isUuid(requestId) || !isUuid(fileId)) return null;
  return db.requestFile.findFirst({
    where: {
      id: fileId,
      requestId,
      kind: { in: ["RELEASED", "REPLY_LETTER"] },
      reply: { is: { status: "SENT", requestId } },
    },
    select: { fileName: true, contentType: true, storageKey: true, size: true },
  });
}
