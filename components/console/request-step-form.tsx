"use client";
// The form of one clock step (补正通知, 收到补正, 征求意见, 延期, 撤回…), with the fields that step needs,
// what it does to the deadline, and the outcome or the errors in place.
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { ClockStepKind } from "@/lib/requests/clock-explanation";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  kind: ClockStepKind;
  today: string;
  /** Parties with an open consultation (CONSULTATION_ENDED asks which one when there are two). */
  consultationParties: readonly string[];
  extensionDaysLeft: number;
  /** The applicant's least time to correct (GONGKAI_CORRECTION_MIN_WORKING_DAYS), shown in the 补正 hint. */
  correctionMinWorkingDays: number;
};

const PARTIES = ["THIRD_PARTY", "AGENCY"] as const;

export function RequestStepForm({
  action,
  kind,
  today,
  consultationParties,
  extensionDaysLeft,
  correctionMinWorkingDays,
}: Props) {
  const t = useTranslations("requestConsole");
  const [state, formAction] = useActionState(action, initialFormState);
  const id = useId();
  const field = (
    name: string,
    label: string,
    input: "date" | "text" | "textarea" | "number",
    options: { required?: boolean; fallback?: string; min?: number; max?: number } = {},
  ) => (
    <Field name={name} id={`${id}-${name}`} label={label} state={state} required={options.required}>
      {(p) =>
        input === "textarea" ? (
          <textarea {...p} rows={3} defaultValue={fieldValue(state, name, options.fallback)} className={inputClass} />
        ) : (
          <input
            {...p}
            type={input}
            min={options.min}
            max={options.max}
            defaultValue={fieldValue(state, name, options.fallback)}
            className={inputClass}
          />
        )
      }
    </Field>
  );
  const partySelect = (parties: readonly string[], required: boolean) => (
    <Field name="party" id={`${id}-party`} label={t("stepFields.party")} state={state} required={required}>
      {(p) => (
        <select {...p} defaultValue={fieldValue(state, "party", parties[0])} className={inputClass}>
          {parties.map((party) => (
            <option key={party} value={party}>
              {t(`parties.${party}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const destructive = kind === "WITHDRAWN" || kind === "CORRECTION_LAPSED";

  return (
    <form
      action={formAction}
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
      data-testid={`step-${kind}`}
      noValidate
    >
      <h3 className="font-semibold">{t(`steps.${kind}`)}</h3>
      <p className="text-sm text-stone-600">
        {t(`stepHints.${kind}`, { min: correctionMinWorkingDays, max: extensionDaysLeft })}
      </p>
      <FormMessage state={state} />
      {field("on", t("stepFields.on"), "date", { required: true, fallback: today })}
      {kind === "CORRECTION_NOTICE" ? (
        <>
          {field("applicantDeadline", t("stepFields.applicantDeadline"), "date", { required: true })}
          {field("corrections", t("stepFields.corrections"), "textarea", { required: true })}
        </>
      ) : null}
      {kind === "CONSULTATION_STARTED" ? (
        <>
          {partySelect(PARTIES, true)}
          {field("with", t("stepFields.with"), "text", { required: true })}
          {field("deliveredOn", t("stepFields.deliveredOn"), "date")}
        </>
      ) : null}
      {kind === "CONSULTATION_ENDED" && consultationParties.length > 1 ? partySelect(consultationParties, true) : null}
      {kind === "CONSULTATION_ENDED" && consultationParties.length === 1 ? (
        <input type="hidden" name="party" value={consultationParties[0]} />
      ) : null}
      {kind === "EXTENSION_APPROVED" ? (
        <>
          {field("workingDays", t("stepFields.workingDays", { max: extensionDaysLeft }), "number", {
            required: true,
            min: 1,
            max: extensionDaysLeft,
          })}
          {field("reason", t("stepFields.reason"), "textarea", { required: true })}
        </>
      ) : null}
      {kind === "WITHDRAWN" ? field("note", t("stepFields.note"), "textarea") : null}
      <SubmitButton variant={destructive ? "danger" : "primary"}>{t(`steps.${kind}`)}</SubmitButton>
    </form>
  );
}
