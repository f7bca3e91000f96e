"use client";
// The narrative editor: the four sections in Markdown. "使用上年报告文字" fills the editor with last year's
// published text as a starting point — only when the writer asks, and nothing is saved until they save.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { NARRATIVE_SECTIONS, type ReportNarrative } from "@/lib/reports/types";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: ReportNarrative;
  previous: { year: number; version: number; narrative: ReportNarrative } | null;
  previousYear: number;
  feesCollectedYuan: number;
};

const ROWS: Record<keyof ReportNarrative, number> = { introduction: 4, overview: 12, problems: 8, otherMatters: 5 };

export function ReportNarrativeForm({ action, initial, previous, previousYear, feesCollectedYuan }: Props) {
  const t = useTranslations("consoleReports.narrative");
  const [state, formAction] = useActionState(action, initialFormState);
  const [text, setText] = useState<ReportNarrative>(() => ({
    introduction: fieldValue(state, "introduction", initial.introduction),
    overview: fieldValue(state, "overview", initial.overview),
    problems: fieldValue(state, "problems", initial.problems),
    otherMatters: fieldValue(state, "otherMatters", initial.otherMatters),
  }));
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="report-narrative-form">
      <FormMessage state={state} />
      <p className="text-sm text-stone-600">{t("hint")}</p>
      {previous ? (
        <div className="space-y-1">
          <button
            type="button"
            className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
            onClick={() => setText(previous.narrative)}
            data-testid="use-previous-narrative"
          >
            {t("usePrevious", { year: previous.year, version: previous.version })}
          </button>
          <p className="text-sm text-stone-600">{t("usePreviousHint", { year: previous.year })}</p>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{t("noPrevious", { year: previousYear })}</p>
      )}
      {NARRATIVE_SECTIONS.map((section) => (
        <Field
          key={section}
          name={section}
          label={t(`sections.${section}`)}
          state={state}
          required={section === "overview"}
          hint={section === "otherMatters" ? t("otherMattersHint", { amount: feesCollectedYuan }) : undefined}
        >
          {(p) => (
            <textarea
              {...p}
              rows={ROWS[section]}
              className={`${inputClass} text-sm`}
              value={text[section]}
              onChange={(e) => setText((current) => ({ ...current, [section]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
