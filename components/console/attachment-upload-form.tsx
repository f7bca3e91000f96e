"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function AttachmentUploadForm({ action, maxMb }: { action: (state: FormState, formData: FormData) => Promise<FormState>; maxMb: number }) {
  const t = useTranslations("items.console");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, initialFormState);
  // Refusals carry their parameters (file name, size limit): translate them here, beside the field.
  const shown: FormState = state.fieldErrors?.file
    ? { ...state, fieldErrors: { file: state.fieldErrors.file.map((key) => (tv.has(key) ? tv(key, { maxMb, ...state.messageParams }) : key)) } }
    : state;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={shown.fieldErrors ? { ...shown, message: undefined } : shown} />
      <Field name="file" label={t("attachmentFile")} state={shown} hint={t("attachmentHint", { maxMb })}>
        {(p) => <input {...p} type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.ofd,.png,.jpg,.jpeg,.gif,.webp" className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
    </form>
  );
}
