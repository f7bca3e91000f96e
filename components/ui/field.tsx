"use client";
// A labelled form field with its hint and its errors right below it, linked for screen readers.
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

type FieldProps = {
  name: string;
  /** Needed when one page holds several forms with the same field names (ids must stay unique). */
  id?: string;
  label: string;
  state: FormState;
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    name: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    required?: boolean;
  }) => React.ReactNode;
};

export function Field({ name, id: givenId, label, state, hint, required, children }: FieldProps) {
  const t = useTranslations("validation");
  const id = givenId ?? `field-${name}`;
  const errors = state.fieldErrors?.[name] ?? [];
  const describedBy =
    [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-stone-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-gov-red" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children({ id, name, "aria-invalid": errors.length > 0, "aria-describedby": describedBy, required })}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {errors.map((key) => (t.has(key) ? t(key, state.messageParams) : key)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50";

/** The value to show in a field: what was typed (after a refused submission), else the stored value. */
export function fieldValue(state: FormState, name: string, fallback: string | number | null | undefined = ""): string {
  const typed = state.values?.[name];
  if (typeof typed === "string") return typed;
  return fallback === null || fallback === undefined ? "" : String(fallback);
}
