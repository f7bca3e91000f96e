"use client";
// Upload of one file (an item's attachment, a reply's released document), with the refusal (type, size)
// next to the field. Refusals carry their parameters (file name, size limit), translated here.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ofd,.png,.jpg,.jpeg,.gif,.webp";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  maxMb: number;
  /** Field id (unique on the page), label, hint and button text, already translated. */
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  testId?: string;
};

export function FileUploadForm({ action, maxMb, id, label, hint, submitLabel, testId }: Props) {
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, initialFormState);
  const shown: FormState = state.fieldErrors?.file
    ? {
        ...state,
        fieldErrors: {
          file: state.fieldErrors.file.map((key) => (tv.has(key) ? tv(key, { maxMb, ...state.messageParams }) : key)),
        },
      }
    : state;
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={testId}>
      <FormMessage state={shown.fieldErrors ? { ...shown, message: undefined } : shown} />
      <Field name="file" id={id} label={label} state={shown} hint={hint}>
        {(p) => <input {...p} type="file" accept={ACCEPT} className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
    </form>
  );
}
