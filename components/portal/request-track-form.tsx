"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** 查询办理进度: the tracking code and the last four digits of the applicant's phone. */
export function RequestTrackForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("requestPortal.track");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <FormMessage state={state} />
      <Field name="trackingCode" label={t("trackingCode")} hint={t("trackingCodeHint")} state={state} required>
        {(p) => (
          <input
            {...p}
            defaultValue={fieldValue(state, "trackingCode")}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={40}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Field name="phoneLastFour" label={t("phoneLastFour")} state={state} required>
        {(p) => (
          <input
            {...p}
            defaultValue={fieldValue(state, "phoneLastFour")}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            pattern="[0-9]{4}"
            className={`${inputClass} max-w-32`}
          />
        )}
      </Field>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
