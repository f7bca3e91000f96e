"use client";
// The draft form of an item: every metadata field of DOMAIN §2, the body, and the 公开属性 decision.
// A refused save keeps every field as the user left it (e2e/form-refusals.spec.ts).
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { formGeneration } from "@/lib/actions/form-generation";

export type ItemFormOptions = {
  agencies: { id: string; name: string }[];
  categories: { id: string; agencyId: string; name: string }[];
  policies: { id: string; agencyId: string; label: string }[];
  subjects: readonly string[];
  genres: readonly string[];
  documentKinds: readonly string[];
  channels: readonly string[];
  disclosures: readonly string[];
  grounds: readonly string[];
};

export type ItemFormValues = {
  agencyId: string;
  title: string;
  documentNumber: string;
  writtenOn: string;
  subjectCategory: string;
  catalogueCategoryId: string | null;
  genre: string;
  documentKind: string;
  channels: string[];
  keywords: string[];
  summary: string;
  bodyMarkdown: string;
  disclosure: string;
  withholdGround: string | null;
  withholdReason: string | null;
  interpretsItemId: string | null;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: ItemFormOptions;
  values?: ItemFormValues;
  submitLabel: string;
};

export function ItemForm({ action, options, values, submitLabel }: Props) {
  const t = useTranslations("items");
  const [state, formAction] = useActionState(action, initialFormState);
  const [agencyId, setAgencyId] = useState(fieldValue(state, "agencyId", values?.agencyId ?? options.agencies[0]?.id));
  const [disclosure, setDisclosure] = useState(fieldValue(state, "disclosure", values?.disclosure ?? "PROACTIVE"));
  const [genre, setGenre] = useState(fieldValue(state, "genre", values?.genre ?? "NOTICE"));
  const typedChannels = state.values?.channels;
  const channels =
    typedChannels === undefined
      ? (values?.channels ?? ["WEBSITE"])
      : Array.isArray(typedChannels)
        ? typedChannels
        : [typedChannels];
  const channelErrors = state.fieldErrors?.channels ?? [];
  const tv = useTranslations("validation");

  return (
    // Rebuilt from the answer after every save (lib/actions/form-generation.ts): a refused save leaves every
    // field, 公开属性 included, as the user left it.
    <form
      key={formGeneration(state)}
      action={formAction}
      className="max-w-3xl space-y-5"
      noValidate
      data-testid="item-form"
    >
      <FormMessage state={state} />
      {values ? (
        <input type="hidden" name="agencyId" value={values.agencyId} />
      ) : (
        <Field name="agencyId" label={t("fields.agencyId")} state={state} required>
          {(p) => (
            <select {...p} value={agencyId} onChange={(e) => setAgencyId(e.target.value)} className={inputClass}>
              {options.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="title" label={t("fields.title")} state={state} required>
        {(p) => <input {...p} defaultValue={fieldValue(state, "title", values?.title)} className={inputClass} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          name="documentNumber"
          label={t("fields.documentNumber")}
          state={state}
          hint={t("fields.documentNumberHint")}
        >
          {(p) => (
            <input
              {...p}
              defaultValue={fieldValue(state, "documentNumber", values?.documentNumber)}
              className={inputClass}
            />
          )}
        </Field>
        <Field name="writtenOn" label={t("fields.writtenOn")} state={state} required>
          {(p) => (
            <input
              {...p}
              type="date"
              defaultValue={fieldValue(state, "writtenOn", values?.writtenOn)}
              className={inputClass}
            />
          )}
        </Field>
        <Field name="subjectCategory" label={t("fields.subjectCategory")} state={state} required>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "subjectCategory", values?.subjectCategory ?? "")}
              className={inputClass}
            >
              <option value="">{t("fields.none")}</option>
              {options.subjects.map((code) => (
                <option key={code} value={code}>
                  {t(`subjects.s${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="catalogueCategoryId" label={t("fields.catalogueCategoryId")} state={state}>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "catalogueCategoryId", values?.catalogueCategoryId)}
              className={inputClass}
            >
              <option value="">{t("fields.noCategory")}</option>
              {options.categories
                .filter((c) => c.agencyId === (values?.agencyId ?? agencyId))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field name="genre" label={t("fields.genre")} state={state} required>
          {(p) => (
            <select {...p} value={genre} onChange={(e) => setGenre(e.target.value)} className={inputClass}>
              {options.genres.map((g) => (
                <option key={g} value={g}>
                  {t(`genres.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="documentKind" label={t("fields.documentKind")} state={state}>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "documentKind", values?.documentKind ?? "OTHER")}
              className={inputClass}
            >
              {options.documentKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`documentKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {genre === "INTERPRETATION" ? (
        <Field name="interpretsItemId" label={t("fields.interpretsItemId")} state={state} required>
          {(p) => (
            <select
              {...p}
              defaultValue={fieldValue(state, "interpretsItemId", values?.interpretsItemId)}
              className={inputClass}
            >
              <option value="">{t("fields.none")}</option>
              {options.policies
                .filter((x) => x.agencyId === (values?.agencyId ?? agencyId))
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.label}
                  </option>
                ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset aria-describedby={channelErrors.length ? "channels-error" : undefined}>
        <legend className="font-medium">
          {t("fields.channels")}
          <span className="ml-0.5 text-gov-red" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {options.channels.map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="channels"
                value={c}
                defaultChecked={channels.includes(c)}
                className="h-4 w-4"
              />
              {t(`channels.${c}`)}
            </label>
          ))}
        </div>
        {channelErrors.length ? (
          <p id="channels-error" role="alert" className="text-sm text-red-700">
            {channelErrors.map((k) => tv(k)).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field name="keywords" label={t("fields.keywords")} state={state} hint={t("fields.keywordsHint")}>
        {(p) => (
          <input
            {...p}
            defaultValue={fieldValue(state, "keywords", values?.keywords.join("，"))}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="summary" label={t("fields.summary")} state={state}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            defaultValue={fieldValue(state, "summary", values?.summary)}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="bodyMarkdown" label={t("fields.bodyMarkdown")} state={state} hint={t("fields.bodyHint")}>
        {(p) => (
          <textarea
            {...p}
            rows={14}
            defaultValue={fieldValue(state, "bodyMarkdown", values?.bodyMarkdown)}
            className={`${inputClass} font-mono text-sm`}
          />
        )}
      </Field>
      <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-medium">
          {t("fields.disclosure")}
          <span className="ml-0.5 text-gov-red" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="flex flex-wrap gap-4">
          {options.disclosures.map((d) => (
            <label key={d} className="flex items-center gap-2">
              <input
                type="radio"
                name="disclosure"
                value={d}
                checked={disclosure === d}
                onChange={() => setDisclosure(d)}
                className="h-4 w-4"
              />
              {t(`disclosure.${d}`)}
            </label>
          ))}
        </div>
        {disclosure !== "PROACTIVE" ? (
          <>
            <Field name="withholdGround" label={t("fields.withholdGround")} state={state} required>
              {(p) => (
                <select
                  {...p}
                  defaultValue={fieldValue(state, "withholdGround", values?.withholdGround)}
                  className={inputClass}
                >
                  <option value="">{t("fields.none")}</option>
                  {options.grounds.map((g) => (
                    <option key={g} value={g}>
                      {t(`grounds.${g}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="withholdReason" label={t("fields.withholdReason")} state={state} required>
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  defaultValue={fieldValue(state, "withholdReason", values?.withholdReason)}
                  className={inputClass}
                />
              )}
            </Field>
          </>
        ) : null}
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
