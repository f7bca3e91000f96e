"use client";
// The forms of the 行政复议、行政诉讼 page: like ActionForm, but a refused save keeps every field as the user
// left it (the values come back in the form state and refill the fields), and a success clears the new-case form.
import { useActionState, useId } from "react";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type TextField = {
  name: string;
  label: string;
  required?: boolean;
  multiline?: boolean;
  type?: "text" | "date";
  initial?: string;
};
type SelectField = {
  name: string;
  label: string;
  required?: boolean;
  options: { value: string; label: string }[];
  initial?: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  fields: (TextField | SelectField)[];
  testId?: string;
};

export function AppealForm({ action, label, fields, testId }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const idPrefix = useId();
  return (
    <form action={formAction} className="space-y-3" data-testid={testId} noValidate>
      <FormMessage state={state} />
      {fields.map((f) => {
        const value = fieldValue(state, f.name, f.initial);
        return (
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
                // Keyed by the value so a refused save shows the choice that was sent, not the first option.
                <select key={value} {...p} className={inputClass} defaultValue={value}>
                  <option value="">—</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.multiline ? (
                <textarea {...p} rows={3} className={inputClass} defaultValue={value} />
              ) : (
                <input {...p} type={f.type ?? "text"} className={inputClass} defaultValue={value} />
              )
            }
          </Field>
        );
      })}
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
