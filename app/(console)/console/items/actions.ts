"use server";
// Server actions of the item pages. Each checks the user itself; the use cases in lib/items check the
// permission in the item's agency, the agency scope and the workflow rules.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { addItemAttachment, removeItemAttachment } from "@/lib/items/attachments";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { keepWithheld } from "@/lib/items/keep-withheld";
import { startRevision } from "@/lib/items/start-revision";
import { transitionRevision } from "@/lib/items/transition-revision";
import { updateItemDraft } from "@/lib/items/update-item-draft";
import { decideValidityChange, proposeValidityChange } from "@/lib/items/validity-change";
import { withdrawItem } from "@/lib/items/withdraw-item";
import type { RevisionTransition } from "@/lib/items/workflow";

/** Form fields as the draft schema expects them (multi-value fields as arrays). */
function draftInput(formData: FormData) {
  return { ...Object.fromEntries(formData), channels: formData.getAll("channels") };
}

export async function createItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const state = await runFormAction(formData, async () => {
    createdId = (await createItemDraft({ actor: await requireUser(), input: draftInput(formData) })).id;
  });
  if (createdId) redirect(`/console/items/${createdId}?saved=1`);
  return state;
}

export async function updateItemAction(itemId: string, _state: FormState, formData: FormData): Promise<FormState> {
  let saved = false;
  const state = await runFormAction(formData, async () => {
    await updateItemDraft({ actor: await requireUser(), itemId, input: draftInput(formData) });
    saved = true;
  });
  if (saved) redirect(`/console/items/${itemId}?saved=1`);
  return state;
}

const MESSAGES: Record<RevisionTransition, string> = {
  submit: "items.console.done.submit",
  pass: "items.console.done.pass",
  returnFromReview: "items.console.done.returned",
  approve: "items.console.done.approve",
  returnFromApproval: "items.console.done.returned",
};

export async function transitionAction(
  itemId: string,
  transition: RevisionTransition,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await transitionRevision({ actor: await requireUser(), itemId, transition, input: Object.fromEntries(formData) });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: MESSAGES[transition] };
  });
}

export async function withdrawAction(itemId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await withdrawItem({ actor: await requireUser(), itemId, input: Object.fromEntries(formData) });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: "items.console.done.withdrawn" };
  });
}

export async function startRevisionAction(
  itemId: string,
  forPublication: boolean,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  let started = false;
  const state = await runFormAction(formData, async () => {
    await startRevision({ actor: await requireUser(), itemId, forPublication });
    started = true;
  });
  if (started) redirect(`/console/items/${itemId}/edit`);
  return state;
}

export async function proposeValidityAction(itemId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await proposeValidityChange({ actor: await requireUser(), itemId, input: Object.fromEntries(formData) });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: "items.console.done.validityProposed" };
  });
}

export async function decideValidityAction(
  itemId: string,
  approve: boolean,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await decideValidityChange({ actor: await requireUser(), itemId, approve, input: Object.fromEntries(formData) });
    revalidatePath(`/console/items/${itemId}`);
    return {
      ok: true,
      message: approve ? "items.console.done.validityApproved" : "items.console.done.validityRejected",
    };
  });
}

export async function keepWithheldAction(itemId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await keepWithheld({ actor: await requireUser(), itemId, input: Object.fromEntries(formData) });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: "items.console.done.withheldKept" };
  });
}

export async function uploadAttachmentAction(
  itemId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    const actor = await requireUser();
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: ["attachmentEmpty"] } };
    await addItemAttachment({
      actor,
      itemId,
      file: { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name },
    });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: "items.console.done.attachmentAdded" };
  });
}

export async function removeAttachmentAction(
  itemId: string,
  attachmentId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await removeItemAttachment({ actor: await requireUser(), itemId, attachmentId });
    revalidatePath(`/console/items/${itemId}`);
    return { ok: true, message: "items.console.done.attachmentRemoved" };
  });
}
