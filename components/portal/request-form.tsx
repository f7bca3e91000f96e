"use client";
// 网络申请: the online request form. Everything typed comes back after a refusal (files must be chosen
// again: browsers do not let a page refill a file input). Errors sit next to their field.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { formGeneration } from "@/lib/actions/form-generation";
import { CHALLENGE_FIELD } from "@/lib/requests/challenge-solver";
import { ORGANIZATION_ID_TYPES, ORGANIZATION_TYPES, PERSONAL_ID_TYPES } from "@/lib/requests/vocabulary";
import { inputMaxLength } from "@/lib/text/characters";
import { RequestReceiptView, type RequestFormState } from "./request-receipt";
import { SubmissionChallenge } from "./submission-challenge";

const INFORMATION_FORMS = ["PAPER", "ELECTRONIC"] as const;
const DELIVERIES = ["PICKUP", "POST", "EMAIL", "ONLINE"] as const;
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ofd,.png,.jpg,.jpeg,.gif,.webp";

type Props = {
  agency: { id: string; name: string };
  action: (state: RequestFormState, formData: FormData) => Promise<RequestFormState>;
  maxFiles: number;
  maxMb: number;
  /** Whether the form carries the proof-of-work anti-spam check (GONGKAI_SUBMISSION_CHALLENGE). */
  challenge?: boolean;
  /** Whether a mail server is configured: only then does the form promise e-mails. */
  mailConfigured: boolean;
};

/** A radio group: a fieldset whose legend names it, its error linked to the group. */
function RadioGroup({
  name,
  legend,
  options,
  state,
  fallback,
  children,
}: {
  name: string;
  legend: string;
  options?: { value: string; label: string }[];
  state: RequestFormState;
  fallback?: string;
  children?: React.ReactNode;
}) {
  const tv = useTranslations("validation");
  const errors = state.fieldErrors?.[name] ?? [];
  const errorId = `field-${name}-error`;
  const chosen = fieldValue(state, name, fallback);
  return (
    <fieldset
      className="space-y-1"
      aria-describedby={errors.length ? errorId : undefined}
      aria-invalid={errors.length > 0 || undefined}
    >
      <legend className="font-medium text-stone-800">
        {legend}
        <span className="ml-0.5 text-gov-red" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options?.map((o) => (
          <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={chosen === o.value}
              required
              className="h-5 w-5 accent-gov-red"
            />
            {o.label}
          </label>
        ))}
      </div>
      {children}
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors.map((k) => (tv.has(k) ? tv(k) : k)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function RequestForm({ agency, action, maxFiles, maxMb, challenge = false, mailConfigured }: Props) {
  const t = useTranslations("requestPortal.form");
  const tf = useTranslations("requestPortal.fileErrors");
  const tr = useTranslations("requests");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(action, initialFormState as RequestFormState);
  const [applicantType, setApplicantType] = useState(fieldValue(state, "applicantType", "NATURAL_PERSON"));
  const summary = useRef<HTMLParagraphElement>(null);
  const refused = state.ok === false;

  // After each refusal (a new state, even when the one before was refused too), take keyboard and
  // screen-reader users to the summary; the fields follow below it.
  useEffect(() => {
    if (state.ok === false) summary.current?.focus();
  }, [state]);

  if (state.ok && state.receipt) return <RequestReceiptView receipt={state.receipt} />;

  const person = applicantType === "NATURAL_PERSON";
  const idTypes: readonly string[] = person ? PERSONAL_ID_TYPES : ORGANIZATION_ID_TYPES;
  const chosenIdType = fieldValue(state, "idType");
  const fileErrors = (state.fieldErrors?.files ?? []).map((key) =>
    tf.has(key) ? tf(key, { max: maxFiles, maxMb, count: 0, fileName: "", ...state.messageParams }) : key,
  );
  const fileErrorId = "field-files-error";
  const text =
    (name: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) =>
    (p: Parameters<React.ComponentProps<typeof Field>["children"]>[0]) => (
      <input {...p} {...props} defaultValue={fieldValue(state, name)} className={inputClass} />
    );

  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-lg">{t("to", { agency: agency.name })}</p>
      <p className="text-stone-700">{t("intro")}</p>
      <p className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-800">{t("privacy")}</p>
      {refused ? (
        <p
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900"
        >
          {state.fieldErrors || !state.message
            ? t("refused")
            : tAll.has(state.message)
              ? tAll(state.message, state.messageParams)
              : state.message}
        </p>
      ) : null}
      {/* Rebuilt from the answer after a refusal (lib/actions/form-generation.ts): nothing typed is lost. */}
      <form key={formGeneration(state)} action={formAction} noValidate className="space-y-6">
        <input type="hidden" name="agencyId" value={agency.id} />
        <section aria-labelledby="applicant-section" className="space-y-4">
          <h2 id="applicant-section" className="text-lg font-semibold">
            {t("applicantSection")}
          </h2>
          <div
            onChange={(e) => {
              const el = e.target as HTMLInputElement;
              if (el.name === "applicantType") setApplicantType(el.value);
            }}
          >
            <RadioGroup
              name="applicantType"
              legend={t("applicantType")}
              state={state}
              fallback="NATURAL_PERSON"
              options={[{ value: "NATURAL_PERSON", label: t("naturalPerson") }]}
            >
              <fieldset className="mt-1 rounded border border-stone-300 px-3 pb-2">
                <legend className="px-1 text-stone-800">{t("organization")}</legend>
                <div className="flex flex-wrap gap-x-5 gap-y-1">
                  {ORGANIZATION_TYPES.map((type) => (
                    <label key={type} className="inline-flex min-h-11 items-center gap-2">
                      <input
                        type="radio"
                        name="applicantType"
                        value={type}
                        defaultChecked={applicantType === type}
                        className="h-5 w-5 accent-gov-red"
                      />
                      {tr(`applicantTypes.${type}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            </RadioGroup>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="applicantName"
              label={person ? t("applicantNamePerson") : t("applicantNameOrg")}
              state={state}
              required
            >
              {text("applicantName", {
                autoComplete: person ? "name" : "organization",
                maxLength: inputMaxLength(200),
              })}
            </Field>
            {person ? null : (
              <Field
                name="contactPerson"
                label={t("contactPerson")}
                state={state}
                hint={t("contactPersonHint")}
                required
              >
                {text("contactPerson", { autoComplete: "name", maxLength: inputMaxLength(100) })}
              </Field>
            )}
            <Field name="idType" label={t("idType")} state={state} required>
              {(p) => (
                <select
                  {...p}
                  key={person ? "person" : "org"}
                  defaultValue={idTypes.includes(chosenIdType) ? chosenIdType : idTypes[0]}
                  className={inputClass}
                >
                  {idTypes.map((type) => (
                    <option key={type} value={type}>
                      {tr(`idTypes.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="idNumber" label={t("idNumber")} state={state} required>
              {text("idNumber", { autoComplete: "off", maxLength: 50, spellCheck: false })}
            </Field>
            <Field name="phone" label={t("phone")} state={state} hint={t("phoneHint")} required>
              {text("phone", { type: "tel", autoComplete: "tel", inputMode: "tel", maxLength: 30 })}
            </Field>
            <Field
              name="email"
              label={t("email")}
              state={state}
              hint={t(mailConfigured ? "emailHint" : "emailHintNoMail")}
            >
              {text("email", { type: "email", autoComplete: "email", maxLength: 200 })}
            </Field>
            <Field name="address" label={t("address")} state={state}>
              {text("address", { autoComplete: "street-address", maxLength: inputMaxLength(300) })}
            </Field>
            <Field name="postcode" label={t("postcode")} state={state}>
              {text("postcode", { autoComplete: "postal-code", inputMode: "numeric", maxLength: 6 })}
            </Field>
          </div>
        </section>

        <section aria-labelledby="info-section" className="space-y-4">
          <h2 id="info-section" className="text-lg font-semibold">
            {t("infoSection")}
          </h2>
          <Field name="description" label={t("description")} state={state} hint={t("descriptionHint")} required>
            {(p) => (
              <textarea
                {...p}
                rows={5}
                maxLength={inputMaxLength(5000)}
                defaultValue={fieldValue(state, "description")}
                className={inputClass}
              />
            )}
          </Field>
          <Field name="documentHint" label={t("documentHint")} state={state} hint={t("documentHintExample")}>
            {text("documentHint", { maxLength: inputMaxLength(300) })}
          </Field>
          <Field name="purpose" label={t("purpose")} state={state}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                maxLength={inputMaxLength(2000)}
                defaultValue={fieldValue(state, "purpose")}
                className={inputClass}
              />
            )}
          </Field>
          <RadioGroup
            name="form"
            legend={t("formLegend")}
            state={state}
            options={INFORMATION_FORMS.map((v) => ({ value: v, label: tr(`forms.${v}`) }))}
          />
          <RadioGroup
            name="delivery"
            legend={t("deliveryLegend")}
            state={state}
            options={DELIVERIES.map((v) => ({ value: v, label: tr(`deliveries.${v}`) }))}
          />
        </section>

        <section aria-labelledby="files-section" className="space-y-2">
          <h2 id="files-section" className="text-lg font-semibold">
            {t("filesSection")}
          </h2>
          <div className="flex flex-col gap-1">
            <label htmlFor="field-files" className="font-medium text-stone-800">
              {t("files")}
            </label>
            <input
              id="field-files"
              name="files"
              type="file"
              multiple
              accept={ACCEPT}
              className={inputClass}
              aria-invalid={fileErrors.length > 0}
              aria-describedby={[
                "field-files-hint",
                refused ? "field-files-again" : null,
                fileErrors.length ? fileErrorId : null,
              ]
                .filter(Boolean)
                .join(" ")}
            />
            <p id="field-files-hint" className="text-sm text-stone-600">
              {t("filesHint", { max: maxFiles, maxMb })}
            </p>
            {refused ? (
              <p id="field-files-again" className="text-sm font-medium text-stone-800">
                {t("filesAgain")}
              </p>
            ) : null}
            {fileErrors.length ? (
              <p id={fileErrorId} className="text-sm text-red-700" role="alert">
                {fileErrors.join(" ")}
              </p>
            ) : null}
          </div>
        </section>

        {challenge ? (
          <SubmissionChallenge name={CHALLENGE_FIELD} errors={state.fieldErrors?.[CHALLENGE_FIELD] ?? []} />
        ) : null}
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
