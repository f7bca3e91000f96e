"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { recordAppeal } from "@/lib/requests/appeals/record-appeal";
import { updateAppealResult } from "@/lib/requests/appeals/update-appeal-result";
import { withReplyMessages } from "@/lib/requests/replies/form-messages";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));

export async function recordAppealAction(requestId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const state = withReplyMessages(
    await runFormAction(formData, async () => {
      await recordAppeal({ actor: await requireUser(), requestId, input: fields(formData) });
      return { ok: true, message: "replies.appeals.done.recorded" };
    }),
  );
  if (state.ok) revalidatePath(`/console/requests/${requestId}/appeals`);
  return state;
}

export async function appealResultAction(
  requestId: string,
  appealId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = withReplyMessages(
    await runFormAction(formData, async () => {
      await updateAppealResult({ actor: await requireUser(), requestId, appealId, input: fields(formData) });
      return { ok: true, message: "replies.appeals.done.updated" };
    }),
  );
  if (state.ok) revalidatePath(`/console/requests/${requestId}/appeals`);
  return state;
}
