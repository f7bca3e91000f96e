"use server";
// Server actions of the fee page; the use cases check permission, scope and the clock.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { type FormWork, runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { recordFeeLapsed } from "@/lib/requests/fees/record-fee-lapsed";
import { sendFeeNotice } from "@/lib/requests/fees/record-fee-notice";
import { recordFeePaid } from "@/lib/requests/fees/record-fee-paid";
import { withReplyMessages } from "@/lib/requests/replies/form-messages";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));

async function run(requestId: string, formData: FormData, work: FormWork) {
  const state = withReplyMessages(await runFormAction(formData, work));
  if (state.ok) revalidatePath(`/console/requests/${requestId}/fee`);
  return state;
}

export async function sendFeeNoticeAction(
  requestId: string,
  method: "PER_REQUEST" | "PER_PAGE",
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await sendFeeNotice({ actor: await requireUser(), requestId, input: { ...fields(formData), method } });
    return { ok: true, message: "replies.fee.done.noticed" };
  });
}

export async function feePaidAction(requestId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(requestId, formData, async () => {
    await recordFeePaid({ actor: await requireUser(), requestId, input: fields(formData) });
    return { ok: true, message: "replies.fee.done.paid" };
  });
}

export async function feeLapsedAction(requestId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(requestId, formData, async () => {
    await recordFeeLapsed({ actor: await requireUser(), requestId, input: fields(formData) });
    return { ok: true, message: "replies.fee.done.lapsed" };
  });
}
