"use client";
// One of 表二's entered figures: the value and where it comes from, both required, saved on their own so a
// refusal of one figure never loses what was typed into another.
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  figure: { key: string; label: string; unit: string; value: string; source: string };
};

export function ReportFigureForm({ action, figure }: Props) {
  const t = useTranslations("consoleReports.figures");
  const [state, formAction] = useActionState(action, initialFormState);
  const id = useId();
  return (
    <form
      action={formAction}
      className="space-y-2 rounded border border-stone-200 p-3"
      noValidate
      data-testid={`figure-${figure.key}`}
    >
      <p className="font-medium">{figure.label}</p>
      <FormMessage state={state} />
      <input type="hidden" name="key" value={figure.key} />
      <div className="grid gap-3 md:grid-cols-[10rem_1fr_auto] md:items-start">
        <Field name="value" id={`${id}-value`} label={`${t("value")}（${figure.unit}）`} state={state} required>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              className={inputClass}
              defaultValue={fieldValue(state, "value", figure.value)}
            />
          )}
        </Field>
        <Field name="source" id={`${id}-source`} label={t("source")} state={state} hint={t("sourceHint")} required>
          {(p) => (
            <input
              {...p}
              maxLength={300}
              className={inputClass}
              defaultValue={fieldValue(state, "source", figure.source)}
            />
          )}
        </Field>
        <div className="md:pt-7">
          <SubmitButton variant="secondary">{t("save")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
