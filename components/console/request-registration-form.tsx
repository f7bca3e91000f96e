"use client";
// Staff registration of a request received 当面, by 信函, 传真, 电子邮件 or otherwise: every applicant field
// of ZStaffRegistration, the channel, what decides the art. 31 receipt date (only the bases that fit the
// channel, each explained), the receipt date and an optional scan. Values are kept when it is refused.
import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export type RequestRegistrationOptions = {
  agencies: { id: string; name: string }[];
  applicantTypes: readonly string[];
  personalIdTypes: readonly string[];
  organizationIdTypes: readonly string[];
  channels: readonly string[];
  receiptBasesByChannel: Record<string, readonly string[]>;
  forms: readonly string[];
  deliveries: readonly string[];
  today: string;
  maxMb: number;
  maxFiles: number;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: RequestRegistrationOptions;
};

export function RequestRegistrationForm({ action, options }: Props) {
  const t = useTranslations("requestConsole");
  const tr = useTranslations("requests");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [applicantType, setApplicantType] = useState(fieldValue(state, "applicantType", "NATURAL_PERSON"));
  const [channel, setChannel] = useState(fieldValue(state, "channel", options.channels[0]));
  const bases = options.receiptBasesByChannel[channel] ?? [];
  const [receiptBasis, setReceiptBasis] = useState(fieldValue(state, "receiptBasis", bases[0]));
  const shownBasis = bases.includes(receiptBasis) ? receiptBasis : bases[0];
  const person = applicantType === "NATURAL_PERSON";
  const idTypes = person ? options.personalIdTypes : options.organizationIdTypes;
  // File refusals carry parameters (size limit, count): translate them here, beside the field.
  const fileErrors = (state.fieldErrors?.files ?? []).map((key) =>
    tv.has(key) ? tv(key, { maxMb: options.maxMb, max: options.maxFiles, ...state.messageParams }) : key,
  );
  const shown: FormState = fileErrors.length
    ? { ...state, fieldErrors: { ...state.fieldErrors, files: fileErrors } }
    : state;
  const basisErrors = state.fieldErrors?.receiptBasis ?? [];

  const text = (
    name: string,
    label: string,
    extra: { required?: boolean; hint?: string; type?: string; multiline?: boolean; autoComplete?: string } = {},
  ) => (
    <Field name={name} label={label} state={shown} required={extra.required} hint={extra.hint}>
      {(p) =>
        extra.multiline ? (
          <textarea {...p} rows={4} defaultValue={fieldValue(state, name)} className={inputClass} />
        ) : (
          <input
            {...p}
            type={extra.type ?? "text"}
            autoComplete={extra.autoComplete ?? "off"}
            defaultValue={fieldValue(state, name)}
            className={inputClass}
          />
        )
      }
    </Field>
  );

  return (
    // Submitted by hand rather than through `action`, so React does not reset the form after a refusal: the
    // controlled choices (type, channel, receipt basis) and the chosen scan stay as they were.
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="max-w-3xl space-y-6"
      noValidate
      data-testid="request-registration-form"
    >
      <FormMessage state={shown} />
      {options.agencies.length === 1 ? (
        <input type="hidden" name="agencyId" value={options.agencies[0].id} />
      ) : (
        <Field name="agencyId" label={t("fields.agencyId")} state={shown} required>
          {(p) => (
            <select {...p} defaultValue={fieldValue(state, "agencyId", options.agencies[0]?.id)} className={inputClass}>
              {options.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("sections.applicant")}</legend>
        <Field name="applicantType" label={t("fields.applicantType")} state={shown} required>
          {(p) => (
            <select
              {...p}
              value={applicantType}
              onChange={(e) => setApplicantType(e.target.value)}
              className={inputClass}
            >
              {options.applicantTypes.map((a) => (
                <option key={a} value={a}>
                  {tr(`applicantTypes.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("applicantName", t("fields.applicantName"), { required: true, hint: t("fields.applicantNameHint") })}
        {person
          ? null
          : text("contactPerson", t("fields.contactPerson"), { required: true, hint: t("fields.contactPersonHint") })}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="idType" label={t("fields.idType")} state={shown} required>
            {(p) => (
              // Keyed by the applicant type so the choice resets to a fitting document when the type changes.
              <select
                {...p}
                key={person ? "person" : "org"}
                defaultValue={idTypes.includes(fieldValue(state, "idType")) ? fieldValue(state, "idType") : idTypes[0]}
                className={inputClass}
              >
                {idTypes.map((i) => (
                  <option key={i} value={i}>
                    {tr(`idTypes.${i}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text("idNumber", t("fields.idNumber"), { required: true })}
          {text("phone", t("fields.phone"), { required: true, type: "tel" })}
          {text("email", t("fields.email"), { type: "email" })}
          {text("address", t("fields.address"))}
          {text("postcode", t("fields.postcode"))}
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("sections.request")}</legend>
        {text("description", t("fields.description"), { required: true, multiline: true })}
        {text("documentHint", t("fields.documentHint"))}
        {text("purpose", t("fields.purpose"), { multiline: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="form" label={t("fields.form")} state={shown} required>
            {(p) => (
              <select {...p} defaultValue={fieldValue(state, "form", options.forms[0])} className={inputClass}>
                {options.forms.map((f) => (
                  <option key={f} value={f}>
                    {tr(`forms.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="delivery" label={t("fields.delivery")} state={shown} required>
            {(p) => (
              <select {...p} defaultValue={fieldValue(state, "delivery", options.deliveries[0])} className={inputClass}>
                {options.deliveries.map((d) => (
                  <option key={d} value={d}>
                    {tr(`deliveries.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t("fields.channel")}</legend>
        <Field name="channel" label={t("fields.channel")} state={shown} required>
          {(p) => (
            <select {...p} value={channel} onChange={(e) => setChannel(e.target.value)} className={inputClass}>
              {options.channels.map((c) => (
                <option key={c} value={c}>
                  {tr(`channels.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset aria-describedby={`receiptBasis-hint${basisErrors.length ? " receiptBasis-error" : ""}`}>
          <legend className="font-medium">
            {t("fields.receiptBasis")}
            <span className="ml-0.5 text-gov-red" aria-hidden="true">
              *
            </span>
          </legend>
          <p id="receiptBasis-hint" className="text-sm text-stone-600">
            {t("fields.receiptBasisHint")}
          </p>
          <div className="mt-2 space-y-2">
            {bases.map((b) => (
              <label key={b} className="flex items-start gap-2">
                <input
                  type="radio"
                  name="receiptBasis"
                  value={b}
                  checked={shownBasis === b}
                  onChange={() => setReceiptBasis(b)}
                  className="mt-1 h-4 w-4"
                />
                <span>
                  <span className="font-medium">{tr(`receiptBases.${b}`)}</span>
                  <span className="block text-sm text-stone-600">{t(`receiptBasisExplained.${b}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {basisErrors.length ? (
            <p id="receiptBasis-error" role="alert" className="text-sm text-red-700">
              {basisErrors.map((k) => (tv.has(k) ? tv(k) : k)).join(" ")}
            </p>
          ) : null}
        </fieldset>
        <Field name="receivedOn" label={t("fields.receivedOn")} state={shown} required>
          {(p) => (
            <input
              {...p}
              type="date"
              max={options.today}
              defaultValue={fieldValue(state, "receivedOn", options.today)}
              className={inputClass}
            />
          )}
        </Field>
        <Field
          name="files"
          label={t("fields.files")}
          state={shown}
          hint={t("fields.filesHint", { maxMb: options.maxMb })}
        >
          {(p) => (
            <input {...p} type="file" multiple accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.ofd" className={inputClass} />
          )}
        </Field>
      </fieldset>

      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-gov-red px-4 py-2 font-medium text-white hover:bg-gov-red-dark disabled:opacity-60"
      >
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
