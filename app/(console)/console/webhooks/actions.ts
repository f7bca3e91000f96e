"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { deactivateWebhookEndpoint, registerWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";

// Each action checks the user itself; the use cases check the permission in the endpoint's agency.

/** Registers an endpoint; the answer carries the secret, shown this once. */
export async function registerWebhookAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    const input = { ...Object.fromEntries(formData), events: formData.getAll("events") };
    const { secret } = await registerWebhookEndpoint({ actor: await requireUser(), agencyId, input });
    revalidatePath("/console/webhooks");
    return { ok: true, message: "console.webhooks.registered", messageParams: { secret } };
  });
}

export async function deactivateWebhookAction(endpointId: string, _state: FormState, formData: FormData) {
  return runFormAction(formData, async () => {
    await deactivateWebhookEndpoint({ actor: await requireUser(), endpointId });
    revalidatePath("/console/webhooks");
    return { ok: true, message: "console.webhooks.deactivated" };
  });
}
