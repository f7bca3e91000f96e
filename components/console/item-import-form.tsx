"use client";
// The import form: agency, file, encoding and whether the rows are history (published before the
// agency's 上线日期, published as they were) or new items for review; then either "已导入 N 条" or every problem of
// the file in a table (行, 列, 问题), each as a sentence the user can act on.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ImportFormState } from "@/lib/items/import/form-state";
import { IMPORT_ENCODINGS } from "@/lib/items/import/columns";
import { ImportProblemTable } from "./import-problem-table";

type Props = {
  action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
  agencies: { id: string; name: string }[];
  maxRows: number;
};

export function ItemImportForm({ action, agencies, maxRows }: Props) {
  const t = useTranslations("itemImport");
  const [state, formAction] = useActionState(action, {} as ImportFormState);
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <Field name="agencyId" label={t("agency")} state={state} required>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "agencyId", agencies[0]?.id)}
              key={`agency-${fieldValue(state, "agencyId")}`}
              className={inputClass}
            >
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="file" label={t("file")} state={state} hint={t("fileHint", { max: maxRows })} required>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={inputClass}
            />
          )}
        </Field>
        <Field name="encoding" label={t("encoding")} state={state}>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "encoding", "auto")}
              key={`encoding-${fieldValue(state, "encoding")}`}
              className={inputClass}
            >
              {IMPORT_ENCODINGS.map((e) => (
                <option key={e} value={e}>
                  {t(`encodings.${e}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="historical" label={t("historical")} state={state} hint={t("historicalHint")}>
          {(p) => (
            <span className="flex items-center gap-2">
              <input
                {...p}
                type="checkbox"
                value="1"
                defaultChecked={fieldValue(state, "historical") === "1"}
                key={`historical-${fieldValue(state, "historical")}`}
                className="h-4 w-4"
              />
              {t("historicalLabel")}
            </span>
          )}
        </Field>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </form>
      {state.rowErrors?.length ? <ImportErrors state={state} /> : null}
    </div>
  );
}

function ImportErrors({ state }: { state: ImportFormState }) {
  const t = useTranslations("itemImport");
  const errors = state.rowErrors ?? [];
  const count = state.errorCount ?? errors.length;
  return (
    <section aria-labelledby="import-errors" role="alert">
      <h2 id="import-errors" className="mb-2 text-lg font-semibold text-red-800">
        {t("errorsTitle", { count })}
      </h2>
      {count > errors.length ? <p className="mb-2 text-sm">{t("errorsShown", { shown: errors.length })}</p> : null}
      <ImportProblemTable problems={errors} lineLabel={t("row")} />
    </section>
  );
}
