"use client";
// One outcome's letter template (title and Markdown body with placeholders), as the agency edits it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  outcome: string;
  title: string;
  body: string;
};

export function RequestReplyTemplateForm({ action, outcome, title, body }: Props) {
  const t = useTranslations("replies.templates");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={`template-${outcome}`}>
      <FormMessage state={state} />
      <input type="hidden" name="outcome" value={outcome} />
      <Field name="title" id={`${outcome}-title`} label={t("title")} state={state} required>
        {(p) => <input {...p} className={inputClass} defaultValue={fieldValue(state, "title", title)} />}
      </Field>
      <Field name="body" id={`${outcome}-body`} label={t("body")} state={state} hint={t("bodyHint")} required>
        {(p) => (
          <textarea
            {...p}
            rows={10}
            className={`${inputClass} font-mono text-sm`}
            defaultValue={fieldValue(state, "body", body)}
          />
        )}
      </Field>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
