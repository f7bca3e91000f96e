"use server";
// Server actions of the reply page. Each checks the user itself; the use cases check the permission in the
// request's agency, the scope, who may act (drafter / another leader) and the reply's status.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { type FormWork, runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { draftReply } from "@/lib/requests/replies/draft-reply";
import { withReplyMessages } from "@/lib/requests/replies/form-messages";
import { proposeForCatalogue } from "@/lib/requests/replies/propose-for-catalogue";
import { addReleasedFile, removeReleasedFile } from "@/lib/requests/replies/released-files";
import { sendReply } from "@/lib/requests/replies/send-reply";
import { approveReply, returnReply, submitReply } from "@/lib/requests/replies/transition-reply";
import { updateReply } from "@/lib/requests/replies/update-reply";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));
const page = (requestId: string) => `/console/requests/${requestId}/reply`;

async function run(requestId: string, formData: FormData, work: FormWork) {
  const state = withReplyMessages(await runFormAction(formData, work));
  if (state.ok) {
    revalidatePath(page(requestId));
    revalidatePath(`/console/requests/${requestId}`);
  }
  return state;
}

export async function draftReplyAction(requestId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(requestId, formData, async () => {
    await draftReply({ actor: await requireUser(), requestId, input: fields(formData) });
    return { ok: true, message: "replies.reply.done.drafted" };
  });
}

export async function updateReplyAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    const input = fields(formData);
    await updateReply({ actor: await requireUser(), requestId, replyId, input });
    return {
      ok: true,
      message: input.regenerate === "1" ? "replies.reply.done.regenerated" : "replies.reply.done.saved",
    };
  });
}

export async function submitReplyAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await submitReply({ actor: await requireUser(), requestId, replyId });
    return { ok: true, message: "replies.reply.done.submitted" };
  });
}

export async function approveReplyAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await approveReply({ actor: await requireUser(), requestId, replyId });
    return { ok: true, message: "replies.reply.done.approved" };
  });
}

export async function returnReplyAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await returnReply({ actor: await requireUser(), requestId, replyId, input: fields(formData) });
    return { ok: true, message: "replies.reply.done.returned" };
  });
}

export async function sendReplyAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await sendReply({ actor: await requireUser(), requestId, replyId, input: fields(formData) });
    return { ok: true, message: "replies.reply.done.sent" };
  });
}

export async function addReleasedFileAction(
  requestId: string,
  replyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    const actor = await requireUser();
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: ["attachmentEmpty"] } };
    await addReleasedFile({
      actor,
      requestId,
      replyId,
      file: { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name },
    });
    return { ok: true, message: "replies.reply.done.fileAdded" };
  });
}

export async function removeReleasedFileAction(
  requestId: string,
  replyId: string,
  fileId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    await removeReleasedFile({ actor: await requireUser(), requestId, replyId, fileId });
    return { ok: true, message: "replies.reply.done.fileRemoved" };
  });
}

export async function proposeForCatalogueAction(
  requestId: string,
  fileId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return run(requestId, formData, async () => {
    const item = await proposeForCatalogue({ actor: await requireUser(), requestId, fileId });
    return { ok: true, message: "replies.reply.done.proposed", messageParams: { itemId: item.id } };
  });
}
