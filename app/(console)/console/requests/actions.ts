"use server";
// Server actions of the request list pages. Each checks the user itself; registerRequest checks the
// permission in the chosen agency and the art. 31 receipt rules.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { registerRequest } from "@/lib/requests/register-request";
import { uploadedFiles } from "@/lib/forms/uploaded-files";

export async function registerRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const state = await runFormAction(formData, async () => {
    const actor = await requireUser();
    const input = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));
    const request = await registerRequest({ actor, input, scans: await uploadedFiles(formData, "files") });
    createdId = request.id;
  });
  if (createdId) redirect(`/console/requests/${createdId}?registered=1`);
  return state;
}
