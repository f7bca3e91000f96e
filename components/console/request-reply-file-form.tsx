"use client";
// Upload of a released document (予以公开 / 部分公开), with the refusal (type, size) next to the field.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function RequestReplyFileForm({ action, maxMb }: { action: (state: FormState, formData: FormData) => Promise<FormState>; maxMb: number }) {
  const t = useTranslations("replies.reply");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, initialFormState);
  const shown: FormState = state.fieldErrors?.file
    ? { ...state, fieldErrors: { file: state.fieldErrors.file.map((key) => (tv.has(key) ? tv(key, { maxMb, ...state.messageParams }) : key)) } }
    : state;
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="released-file-form">
      <FormMessage state={shown.fieldErrors ? { ...shown, message: undefined } : shown} />
      <Field name="file" id="released-file" label={t("releasedFile")} state={shown} hint={t("releasedFileHint", { maxMb })}>
        {(p) => <input {...p} type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.ofd,.png,.jpg,.jpeg,.gif,.webp" className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
    </form>
  );
}
