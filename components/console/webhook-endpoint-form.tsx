"use client";
// Registers an integrator's endpoint. After saving, the secret is shown once, with how to check a signature.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldValue, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/actions/form-state";
import { webhookEventKey } from "@/lib/webhooks/events";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  events: string[];
};

export function WebhookEndpointForm({ action, events }: Props) {
  const t = useTranslations("console.webhooks");
  const [state, formAction] = useActionState(action, initialFormState);
  const eventErrors = state.fieldErrors?.events ?? [];
  const tv = useTranslations("validation");
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {state.ok && state.messageParams?.secret ? (
        <p className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t("secretOnce")}{" "}
          <code className="break-all font-mono" data-testid="webhook-secret">
            {state.messageParams.secret}
          </code>
        </p>
      ) : null}
      <Field name="url" label={t("url")} state={state} required hint={t("urlHint")}>
        {(props) => <input {...props} type="url" defaultValue={fieldValue(state, "url")} className={inputClass} />}
      </Field>
      <Field name="description" label={t("description")} state={state}>
        {(props) => <input {...props} defaultValue={fieldValue(state, "description")} className={inputClass} />}
      </Field>
      <fieldset className="space-y-1" aria-describedby={eventErrors.length ? "field-events-error" : undefined}>
        <legend className="font-medium text-stone-800">{t("subscribe")}</legend>
        {events.map((event) => (
          <label key={event} className="flex items-center gap-2">
            <input type="checkbox" name="events" value={event} defaultChecked />
            {t(`events.${webhookEventKey(event)}`)}
          </label>
        ))}
        {eventErrors.length ? (
          <p id="field-events-error" className="text-sm text-red-700" role="alert">
            {eventErrors.map((key) => (tv.has(key) ? tv(key) : key)).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
