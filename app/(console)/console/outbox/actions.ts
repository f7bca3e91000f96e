"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { resendEmail } from "@/lib/email/resend-email";

export async function resendEmailAction(emailId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await resendEmail({ actor: await requireUser(), emailId });
    revalidatePath("/console/outbox");
    return { ok: true, message: "outbox.resent" };
  });
}
