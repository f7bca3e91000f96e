"use client";
// Forms of the catalogue page: a category (new or existing) and the agency's item settings.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CategoryForm({
  action,
  parents,
  category,
  idPrefix,
}: {
  action: Action;
  parents: { id: string; name: string }[];
  category?: { name: string; parentId: string | null; sortOrder: number };
  idPrefix: string;
}) {
  const t = useTranslations("catalogue");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-3"
      noValidate
      aria-label={category ? category.name : t("newCategory")}
    >
      <FormMessage state={state} />
      <div className="min-w-48 flex-1">
        <Field name="name" id={`${idPrefix}-name`} label={t("name")} state={state} required>
          {(p) => <input {...p} defaultValue={fieldValue(state, "name", category?.name)} className={inputClass} />}
        </Field>
      </div>
      <div className="min-w-40">
        <Field name="parentId" id={`${idPrefix}-parent`} label={t("parent")} state={state}>
          {(p) => (
            <select {...p} defaultValue={fieldValue(state, "parentId", category?.parentId)} className={inputClass}>
              <option value="">{t("topLevel")}</option>
              {parents.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="w-24">
        <Field name="sortOrder" id={`${idPrefix}-order`} label={t("sortOrder")} state={state}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              defaultValue={fieldValue(state, "sortOrder", category?.sortOrder ?? 0)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <SubmitButton variant="secondary">{category ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}

export function RemoveCategoryForm({ action }: { action: Action }) {
  const t = useTranslations("catalogue");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-1">
      <FormMessage state={state} />
      <SubmitButton variant="secondary">{t("remove")}</SubmitButton>
    </form>
  );
}

export function ItemSettingsForm({
  action,
  settings,
}: {
  action: Action;
  settings: { indexNumberPattern: string; withheldReviewMonths: number };
}) {
  const t = useTranslations("catalogue");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="indexNumberPattern"
        label={t("indexNumberPattern")}
        state={state}
        required
        hint={t("indexNumberPatternHint")}
      >
        {(p) => (
          <input
            {...p}
            defaultValue={fieldValue(state, "indexNumberPattern", settings.indexNumberPattern)}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Field name="withheldReviewMonths" label={t("withheldReviewMonths")} state={state} required>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            defaultValue={fieldValue(state, "withheldReviewMonths", settings.withheldReviewMonths)}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
