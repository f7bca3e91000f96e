"use client";
// One year of the older format as a grid (指标名称 | 单位 | 本年 | 历年累计) that staff fill in from the paper
// report, with each cell's error right below it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { LEGACY_ROWS } from "@/lib/reports/formats/legacy-table";
import { cellFieldName } from "@/lib/reports/historical/schemas";
import type { HistoricalFigures } from "@/lib/reports/historical/rules";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The year being corrected (fixed), or undefined for a new year. */
  year?: number;
  source?: string;
  figures?: HistoricalFigures;
};

export function HistoryYearForm({ action, year, source, figures }: Props) {
  const t = useTranslations("reportHistory");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, initialFormState);
  const idPrefix = `history-${year ?? "new"}`;
  const cellErrors = (name: string) => state.fieldErrors?.[name] ?? [];
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={`history-form-${year ?? "new"}`}>
      <FormMessage state={state} />
      <div className={year === undefined ? "grid gap-3 sm:grid-cols-[10rem_1fr]" : "max-w-xl"}>
        {year === undefined ? (
          <Field name="year" id={`${idPrefix}-year`} label={t("year")} state={state} hint={t("yearHint")} required>
            {(p) => (
              <input {...p} inputMode="numeric" defaultValue={fieldValue(state, "year")} className={inputClass} />
            )}
          </Field>
        ) : (
          <input type="hidden" name="year" value={year} />
        )}
        <Field
          name="source"
          id={`${idPrefix}-source`}
          label={t("source")}
          state={state}
          hint={t("sourceHint")}
          required
        >
          {(p) => <input {...p} defaultValue={fieldValue(state, "source", source)} className={inputClass} />}
        </Field>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="px-2 py-1">
                {t("indicator")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("unit")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("thisYear")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("cumulative")}
              </th>
            </tr>
          </thead>
          <tbody>
            {LEGACY_ROWS.map((row) => (
              <tr key={row.key} className="border-b border-stone-200 align-top">
                <th scope="row" className="px-2 py-1 font-normal">
                  {row.label}
                </th>
                <td className="px-2 py-1">{row.unit}</td>
                {(["thisYear", "cumulative"] as const).map((column) => {
                  const name = cellFieldName(row.key, column);
                  const id = `${idPrefix}-${name}`;
                  const errors = cellErrors(name);
                  return (
                    <td key={column} className="px-2 py-1">
                      <input
                        id={id}
                        name={name}
                        inputMode="numeric"
                        required
                        aria-label={`${row.label} ${t(column)}`}
                        aria-invalid={errors.length > 0}
                        aria-describedby={errors.length ? `${id}-error` : undefined}
                        defaultValue={fieldValue(
                          state,
                          name,
                          figures?.[row.key]?.[column] ?? (year === undefined ? "0" : ""),
                        )}
                        className={`${inputClass.replace("w-full", "w-28")} text-right tabular-nums`}
                      />
                      {errors.length ? (
                        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
                          {errors.map((k) => (tv.has(k) ? tv(k) : k)).join(" ")}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton>{year === undefined ? t("create") : t("save", { year })}</SubmitButton>
    </form>
  );
}
