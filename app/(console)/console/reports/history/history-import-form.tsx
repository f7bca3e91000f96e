"use client";
// The CSV import of historical figures: file and encoding; then either what was imported or every problem
// of the file with its line, column and a sentence the user can act on. Nothing is imported while any remains.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ImportFormState } from "@/lib/items/import/form-state";
import { IMPORT_ENCODINGS } from "@/lib/items/import/columns";
import { ImportProblemTable } from "@/components/console/import-problem-table";

export function HistoryImportForm({
  action,
}: {
  action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
}) {
  const t = useTranslations("reportHistory");
  const ti = useTranslations("itemImport");
  const [state, formAction] = useActionState(action, {} as ImportFormState);
  const errors = state.rowErrors ?? [];
  const count = state.errorCount ?? errors.length;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate data-testid="history-import">
        <FormMessage state={state} />
        <Field name="file" id="history-file" label={t("file")} state={state} hint={t("fileHint")} required>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={inputClass}
            />
          )}
        </Field>
        <Field name="encoding" id="history-encoding" label={ti("encoding")} state={state}>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "encoding", "auto")}
              key={`encoding-${fieldValue(state, "encoding")}`}
              className={inputClass}
            >
              {IMPORT_ENCODINGS.map((e) => (
                <option key={e} value={e}>
                  {ti(`encodings.${e}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pendingLabel={ti("pending")}>{t("import")}</SubmitButton>
      </form>
      {errors.length ? (
        <section aria-labelledby="history-import-errors" role="alert">
          <h3 id="history-import-errors" className="mb-2 font-semibold text-red-800">
            {t("errorsTitle", { count })}
          </h3>
          <ImportProblemTable problems={errors} lineLabel={t("line")} />
        </section>
      ) : null}
    </div>
  );
}
