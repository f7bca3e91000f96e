"use client";
// The forms of the calendar page: add or correct a day, remove a correction, confirm a year.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The calendar's own field errors (calendar.validation.*) become sentences; shared keys stay for Field to translate. */
function useCalendarErrors(state: FormState): FormState {
  const t = useTranslations("calendar.validation");
  if (!state.fieldErrors) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, keys]) => [field, keys.map((key) => (t.has(key) ? t(key) : key))]),
  );
  return { ...state, fieldErrors };
}

export function CalendarOverrideForm({ action, defaultDate }: { action: Action; defaultDate?: string }) {
  const t = useTranslations("calendar");
  const [raw, formAction] = useActionState(action, initialFormState);
  const state = useCalendarErrors(raw);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="date" label={t("add.date")} state={state} hint={t("add.dateHint")} required>
        {(p) => (
          <input {...p} type="date" defaultValue={fieldValue(state, "date", defaultDate)} className={inputClass} />
        )}
      </Field>
      <Field name="kind" label={t("add.kind")} state={state} required>
        {(p) => (
          <select {...p} defaultValue={fieldValue(state, "kind", "HOLIDAY")} className={inputClass}>
            <option value="HOLIDAY">{t("kinds.HOLIDAY")}</option>
            <option value="WORKDAY">{t("kinds.WORKDAY")}</option>
          </select>
        )}
      </Field>
      <Field name="note" label={t("add.note")} state={state} hint={t("add.noteHint")} required>
        {(p) => <input {...p} maxLength={300} defaultValue={fieldValue(state, "note")} className={inputClass} />}
      </Field>
      <SubmitButton>{t("add.submit")}</SubmitButton>
    </form>
  );
}

export function RemoveCalendarOverrideForm({ action, date }: { action: Action; date: string }) {
  const t = useTranslations("calendar.overrides");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-1" aria-label={t("removeLabel", { date })}>
      <input type="hidden" name="date" value={date} />
      <FormMessage state={state} />
      <button
        type="submit"
        aria-label={t("removeLabel", { date })}
        className="rounded border border-red-800 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
      >
        {t("remove")}
      </button>
    </form>
  );
}

export function ConfirmCalendarYearForm({ action, year }: { action: Action; year: number }) {
  const t = useTranslations("calendar.confirm");
  const [raw, formAction] = useActionState(action, initialFormState);
  const state = useCalendarErrors(raw);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      {state.fieldErrors?.year ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.year.join(" ")}
        </p>
      ) : null}
      <Field name="note" label={t("note")} state={state} hint={t("noteHint")} required>
        {(p) => <input {...p} maxLength={300} defaultValue={fieldValue(state, "note")} className={inputClass} />}
      </Field>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
