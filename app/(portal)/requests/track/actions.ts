"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { isAppError } from "@/lib/errors/app-error";
import { portalPath } from "@/lib/i18n/portal-path";
import {
  lookUpTrackedRequest,
  signTrackingSession,
  TRACKING_COOKIE,
  TRACKING_COOKIE_PATH,
  trackingCookieOptions,
} from "@/lib/requests/tracking-session";

/** 查询办理进度: public; the use case throttles failures (per code and address, in the database) and answers alike for either mistake. */
export async function trackRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = {
    trackingCode: String(formData.get("trackingCode") ?? ""),
    phoneLastFour: String(formData.get("phoneLastFour") ?? ""),
  };
  let requestId: string;
  try {
    ({ requestId } = await lookUpTrackedRequest({ input, clientIp: clientIpFromHeaders(await headers()) }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "THROTTLED") {
      const message =
        error.message === "trackingThrottledAddress"
          ? "requestPortal.track.throttledAddress"
          : "requestPortal.track.throttled";
      return { ok: false, message, messageParams: error.params, values: input };
    }
    if (error.code === "NOT_FOUND") return { ok: false, message: "requestPortal.track.notFound", values: input };
    return { ok: false, message: "errors.VALIDATION", fieldErrors: error.fieldErrors, values: input };
  }
  const session = signTrackingSession(requestId);
  const locale = await getLocale();
  // The cookie goes only to the tracking pages of the language the applicant uses (/requests/track or
  // /en/requests/track): a response can set one cookie of a name, and every other portal page stays cookie-free.
  const path = portalPath(locale, TRACKING_COOKIE_PATH);
  (await cookies()).set(TRACKING_COOKIE, session.value, { ...trackingCookieOptions(session.expires), path });
  redirect(portalPath(locale, "/requests/track/status"));
}

/** 结束查看: forgets the tracking session of this browser. */
export async function endTrackingAction() {
  const locale = await getLocale();
  (await cookies()).delete({ name: TRACKING_COOKIE, path: portalPath(locale, TRACKING_COOKIE_PATH) });
  redirect(portalPath(locale, "/requests/track"));
}
