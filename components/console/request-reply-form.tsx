"use client";
// The reply draft: outcome (grouped like table 三), its legal ground (prefilled when the outcome changes), and
// the letter in Markdown. "按模板重新生成" submits with regenerate=1; an empty letter is generated too.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, valueOf } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Group = { group: string; label: string; options: { value: string; label: string; ground: string }[] };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  groups: Group[];
  initial: { outcome: string; legalGround: string; letterMarkdown: string };
  isNew: boolean;
};

export function RequestReplyForm({ action, groups, initial, isNew }: Props) {
  const t = useTranslations("replies.reply");
  const [state, formAction] = useActionState(action, initialFormState);
  const grounds = new Map(groups.flatMap((g) => g.options.map((o) => [o.value, o.ground] as const)));
  const [outcome, setOutcome] = useState(valueOf(state, "outcome", initial.outcome));
  const [ground, setGround] = useState(valueOf(state, "legalGround", initial.legalGround));
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="reply-form">
      <FormMessage state={state} />
      <Field name="outcome" label={t("outcome")} state={state} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={outcome}
            onChange={(e) => {
              // The ground follows the outcome unless the drafter wrote their own.
              if (!ground || ground === grounds.get(outcome)) setGround(grounds.get(e.target.value) ?? "");
              setOutcome(e.target.value);
            }}
          >
            <option value="">{t("chooseOutcome")}</option>
            {groups.map((g) => (
              <optgroup key={g.group} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field name="legalGround" label={t("legalGround")} state={state} hint={t("legalGroundHint")} required>
        {(p) => <input {...p} className={inputClass} value={ground} onChange={(e) => setGround(e.target.value)} />}
      </Field>
      <Field
        name="letterMarkdown"
        label={t("letter")}
        state={state}
        hint={isNew ? t("letterHintNew") : t("letterHint")}
      >
        {(p) => (
          <textarea
            {...p}
            rows={18}
            className={`${inputClass} font-mono text-sm`}
            defaultValue={valueOf(state, "letterMarkdown", initial.letterMarkdown)}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{isNew ? t("create") : t("save")}</SubmitButton>
        {!isNew ? (
          <button
            type="submit"
            name="regenerate"
            value="1"
            className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100"
          >
            {t("regenerate")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
