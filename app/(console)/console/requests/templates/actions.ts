"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { withReplyMessages } from "@/lib/requests/replies/form-messages";
import type { ReplyOutcome } from "@/lib/requests/replies/legal-grounds";
import { resetReplyTemplate, saveReplyTemplate } from "@/lib/requests/replies/reply-templates";

const fields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$") && typeof v === "string"));

export async function saveTemplateAction(agencyId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const state = withReplyMessages(
    await runFormAction(formData, async () => {
      await saveReplyTemplate({ actor: await requireUser(), agencyId, input: fields(formData) });
      return { ok: true, message: "replies.templates.done.saved" };
    }),
  );
  if (state.ok) revalidatePath("/console/requests/templates");
  return state;
}

export async function resetTemplateAction(
  agencyId: string,
  outcome: ReplyOutcome,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = withReplyMessages(
    await runFormAction(formData, async () => {
      await resetReplyTemplate({ actor: await requireUser(), agencyId, outcome });
      return { ok: true, message: "replies.templates.done.reset" };
    }),
  );
  if (state.ok) revalidatePath("/console/requests/templates");
  return state;
}
