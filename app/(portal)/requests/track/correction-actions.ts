"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { isAppError } from "@/lib/errors/app-error";
import { uploadedFiles } from "@/lib/forms/uploaded-files";
import { submitOnlineCorrection } from "@/lib/requests/submit-online-correction";
import { TRACKING_COOKIE, verifyTrackingSession } from "@/lib/requests/tracking-session";

/**
 * 在线补正: public, so it proves the applicant itself — the request is the one of this browser's signed tracking
 * session (code + phone digits, 30 minutes), never an id from the form.
 */
export async function submitCorrectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const text = String(formData.get("text") ?? "");
  const requestId = verifyTrackingSession((await cookies()).get(TRACKING_COOKIE)?.value);
  if (!requestId) return { ok: false, message: "requestPortal.track.expired", values: { text } };
  try {
    await submitOnlineCorrection({
      requestId,
      input: { text },
      files: await uploadedFiles(formData, "files"),
      clientIp: clientIpFromHeaders(await headers()),
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const message = error.message !== error.code ? `errors.${error.message}` : `errors.${error.code}`;
    return { ok: false, message, messageParams: error.params, fieldErrors: error.fieldErrors, values: { text } };
  }
  redirect("/requests/track/status?corrected=1");
}
