"use server";
import { redirect } from "next/navigation";
import { createAgency } from "@/lib/agencies/create-agency";
import { updateAgency } from "@/lib/agencies/update-agency";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";

// Each action checks the user itself; the use cases check the permission and the agency scope.

export async function createAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const state = await runFormAction(formData, async () => {
    const actor = await requireUser();
    createdId = (await createAgency({ actor, input: Object.fromEntries(formData) })).id;
  });
  if (createdId) redirect(`/console/agencies/${createdId}?created=1`);
  return state;
}

export async function updateAgencyAction(agencyId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    const actor = await requireUser();
    await updateAgency({ actor, agencyId, input: Object.fromEntries(formData) });
    return { ok: true, message: "console.agencies.updated" };
  });
}
