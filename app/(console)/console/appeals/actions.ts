"use server";
// Thin actions: each checks the user itself; the use cases check the permission in the agency.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { recordAgencyAppeal } from "@/lib/requests/appeals/record-agency-appeal";
import { updateAgencyAppealResult } from "@/lib/requests/appeals/update-appeal-result";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));

export async function recordAgencyAppealAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await recordAgencyAppeal({ actor: await requireUser(), agencyId, input: fields(formData) });
    return { ok: true, message: "appeals.recorded" };
  });
  if (state.ok) revalidatePath("/console/appeals");
  return state;
}

export async function updateAgencyAppealAction(
  appealId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    await updateAgencyAppealResult({ actor: await requireUser(), appealId, input: fields(formData) });
    return { ok: true, message: "appeals.updated" };
  });
  if (state.ok) revalidatePath(`/console/appeals/${appealId}`);
  return state;
}
