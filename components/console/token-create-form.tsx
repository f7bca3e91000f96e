"use client";
// Creates a personal access token and shows its secret this once, with a copy button.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-state";

type TokenFormState = FormState & { secret?: string };

export function TokenCreateForm({
  action,
}: {
  action: (state: TokenFormState, formData: FormData) => Promise<TokenFormState>;
}) {
  const t = useTranslations("tokens");
  const [state, formAction] = useActionState(action, {} as TokenFormState);
  const [copied, setCopied] = useState<string | null>(null);
  const secret = state.secret;
  return (
    <div className="space-y-4">
      {secret ? (
        <section aria-labelledby="new-token" className="space-y-2 rounded border border-amber-700 bg-amber-50 p-4">
          <h3 id="new-token" className="font-semibold">
            {t("secretTitle")}
          </h3>
          <div className="flex flex-wrap gap-2">
            <input
              readOnly
              value={secret}
              aria-label={t("secretTitle")}
              className={`${inputClass} font-mono sm:flex-1`}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="token-secret"
            />
            <button
              type="button"
              className="rounded border border-stone-400 bg-white px-4 py-2"
              onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(secret))}
            >
              {copied === secret ? t("copied") : t("copy")}
            </button>
          </div>
          <p role="status" className="text-sm text-amber-900">
            {t("secretHint")}
          </p>
        </section>
      ) : null}
      <form action={formAction} className="max-w-md space-y-4" noValidate>
        {secret ? null : <FormMessage state={state} />}
        <Field name="name" label={t("name")} state={state} hint={t("nameHint")} required>
          {(p) => (
            <input
              {...p}
              defaultValue={secret ? "" : fieldValue(state, "name")}
              key={secret ?? "form"}
              maxLength={100}
              className={inputClass}
            />
          )}
        </Field>
        <Field name="expiresInDays" label={t("expiresInDays")} state={state} hint={t("expiresHint")}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={3650}
              defaultValue={secret ? "" : fieldValue(state, "expiresInDays")}
              key={secret ?? "form"}
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton>{t("create")}</SubmitButton>
      </form>
    </div>
  );
}
