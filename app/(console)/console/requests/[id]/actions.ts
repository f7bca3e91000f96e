"use server";
// Server actions of a request's page. Each checks the user itself; the use cases in lib/requests find the
// request within the user's agencies (404 otherwise), check the permission and let the clock judge the step.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { addRequestNote } from "@/lib/requests/add-note";
import { assignRequest } from "@/lib/requests/assign-request";
import type { ClockStepKind } from "@/lib/requests/clock-explanation";
import { recordClockEvent } from "@/lib/requests/record-clock-event";

/** The form's text fields; empty optional choices (e.g. no party given) are left out rather than sent as "". */
function fields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(
      (e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$") && e[1] !== "",
    ),
  );
}

export async function recordClockStepAction(
  requestId: string,
  kind: ClockStepKind,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await recordClockEvent({ actor: await requireUser(), requestId, input: { ...fields(formData), kind } });
    revalidatePath(`/console/requests/${requestId}`);
    return { ok: true, message: `requestConsole.done.${kind}` };
  });
}

export async function assignRequestAction(
  requestId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await assignRequest({
      actor: await requireUser(),
      requestId,
      input: { assigneeId: formData.get("assigneeId") ?? "" },
    });
    revalidatePath(`/console/requests/${requestId}`);
    return { ok: true, message: "requestConsole.done.assigned" };
  });
}

export async function addNoteAction(requestId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await addRequestNote({ actor: await requireUser(), requestId, input: { body: formData.get("body") ?? "" } });
    revalidatePath(`/console/requests/${requestId}`);
    return { ok: true, message: "requestConsole.done.noteAdded" };
  });
}
