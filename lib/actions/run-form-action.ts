import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { recordPermissionDenied } from "@/lib/audit/record-permission-denied";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "./form-state";

/** The submitted values, except passwords, to refill the form after a refusal. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || /password/i.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/** A form's use case: it resolves to the state to show, or to nothing when plain success is the answer. */
export type FormWork = () => Promise<FormState | undefined> | Promise<void>;

/**
 * Runs a form's use case and turns domain errors into form state. Unknown errors propagate to the
 * error page (and the server log); "not found" and "signed out" behave as they do for pages.
 */
export async function runFormAction(formData: FormData, work: FormWork): Promise<FormState> {
  try {
    return (await work()) ?? { ok: true };
  } catch (error) {
    if (!isAppError(error)) throw error;
    await recordPermissionDenied(error, clientIpFromHeaders(await headers()));
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "UNAUTHENTICATED") redirect("/login?expired=1");
    const message = error.message !== error.code ? `errors.${error.message}` : `errors.${error.code}`;
    return {
      ok: false,
      message,
      messageParams: error.params,
      fieldErrors: error.fieldErrors,
      values: formValues(formData),
    };
  }
}
