"use client";
// "编制年度报告": choose the agency (when the user works in several), the year and, for an agency with
// departments below it, whether the report combines them. Opens the existing report of that year if there is one.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  agencies: { id: string; name: string; hasChildren: boolean }[];
  defaultYear: number;
};

export function ReportOpenForm({ action, agencies, defaultYear }: Props) {
  const t = useTranslations("consoleReports.open");
  const ts = useTranslations("consoleReports.scope");
  const [state, formAction] = useActionState(action, initialFormState);
  const combinable = agencies.some((a) => a.hasChildren);
  return (
    <form
      action={formAction}
      className="grid gap-4 md:grid-cols-4 md:items-start"
      noValidate
      data-testid="report-open-form"
    >
      <div className="md:col-span-4">
        <FormMessage state={state} />
      </div>
      <Field name="agencyId" label={t("agency")} state={state} required>
        {(p) => (
          <select {...p} className={inputClass} defaultValue={fieldValue(state, "agencyId", agencies[0]?.id)}>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="year" label={t("year")} state={state} hint={t("yearHint", { year: defaultYear })} required>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            maxLength={4}
            className={inputClass}
            defaultValue={fieldValue(state, "year", defaultYear)}
          />
        )}
      </Field>
      {combinable ? (
        <Field name="scope" label={t("scope")} state={state} hint={t("scopeHint")}>
          {(p) => (
            <select {...p} className={inputClass} defaultValue={fieldValue(state, "scope", "OWN")}>
              <option value="OWN">{ts("OWN")}</option>
              <option value="COMBINED">{ts("COMBINED")}</option>
            </select>
          )}
        </Field>
      ) : null}
      <div className="md:pt-7">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
