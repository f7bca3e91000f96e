"use server";
// Server actions of the request list pages. Each checks the user itself; registerRequest checks the
// permission in the chosen agency and the art. 31 receipt rules.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { registerRequest } from "@/lib/requests/register-request";
import type { UploadedFile } from "@/lib/requests/request-files";

/** The scan(s) of a paper request chosen in the form (a file input left empty still sends one empty file). */
async function scans(formData: FormData): Promise<UploadedFile[]> {
  const files = formData.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), fileName: f.name })));
}

export async function registerRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const state = await runFormAction(formData, async () => {
    const actor = await requireUser();
    const input = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));
    const request = await registerRequest({ actor, input, scans: await scans(formData) });
    createdId = request.id;
  });
  if (createdId) redirect(`/console/requests/${createdId}?registered=1`);
  return state;
}
