"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function ChangePasswordForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("console.password");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="currentPassword" label={t("current")} state={state} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field name="newPassword" label={t("new")} state={state} required hint={t("hint")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field name="confirmPassword" label={t("confirm")} state={state} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
