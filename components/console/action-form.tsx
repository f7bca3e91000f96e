"use client";
// A one-button workflow form (submit, pass, return, approve, withdraw…), optionally with a comment or
// other fields, showing its outcome and field errors in place.
import { useActionState, useId } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type TextField = { name: string; label: string; required?: boolean; multiline?: boolean; type?: "text" | "date" };
type SelectField = { name: string; label: string; required?: boolean; options: { value: string; label: string }[] };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  variant?: "primary" | "danger" | "secondary";
  fields?: (TextField | SelectField)[];
  testId?: string;
};

export function ActionForm({ action, label, variant = "primary", fields = [], testId }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  // Several action forms share field names on one page: ids come from React so they stay unique.
  const idPrefix = useId();
  return (
    <form action={formAction} className="space-y-3" data-testid={testId} noValidate>
      <FormMessage state={state} />
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          id={`${idPrefix}-${f.name}`}
          label={f.label}
          state={state}
          required={f.required}
        >
          {(p) =>
            "options" in f ? (
              <select {...p} className={inputClass}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.multiline ? (
              <textarea {...p} rows={3} className={inputClass} />
            ) : (
              <input {...p} type={f.type ?? "text"} className={inputClass} />
            )
          }
        </Field>
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
