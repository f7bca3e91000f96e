"use server";
// Thin actions: each checks the user itself; the use cases check the permission in the agency.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { recordComplaint } from "@/lib/complaints/record-complaint";
import { recordComplaintOutcome } from "@/lib/complaints/record-complaint-outcome";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));

export async function recordComplaintAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await recordComplaint({ actor: await requireUser(), agencyId, input: fields(formData) });
    return { ok: true, message: "complaints.recorded" };
  });
  if (state.ok) revalidatePath("/console/complaints");
  return state;
}

export async function recordComplaintOutcomeAction(
  complaintId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await recordComplaintOutcome({ actor: await requireUser(), complaintId, input: fields(formData) });
    return { ok: true, message: "complaints.outcomeRecorded" };
  });
  if (state.ok) revalidatePath(`/console/complaints/${complaintId}`);
  return state;
}
