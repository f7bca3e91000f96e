"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type AgencyValues = {
  code: string;
  name: string;
  shortName: string;
  parentId: string | null;
  address: string;
  postcode: string;
  phone: string;
  fax: string;
  email: string;
  website: string;
  officeHours: string;
  disclosureOffice: string;
  reviewBody: string;
  court: string;
  letterNumberPrefix: string;
  sortOrder: number;
  goLiveOn?: Date | null;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  agency?: AgencyValues;
  /** Code and parent are edited by the platform administrator only. */
  structural: boolean;
  parents: { id: string; name: string }[];
  initialMessage?: string;
};

const CONTACT_FIELDS = [
  "address",
  "postcode",
  "phone",
  "fax",
  "email",
  "website",
  "officeHours",
  "disclosureOffice",
] as const;

/** What every reply letter names: the remedies' bodies, and the prefix of the letter numbers (文号). */
const LETTER_FIELDS = ["reviewBody", "court", "letterNumberPrefix"] as const;

export function AgencyForm({ action, agency, structural, parents, initialMessage }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState(
    action,
    initialMessage ? { ok: true, message: initialMessage } : initialFormState,
  );
  const text = (name: Exclude<keyof AgencyValues, "goLiveOn">, required = false, hint?: string) => (
    <Field name={name} label={t(`console.agencies.${name}`)} state={state} required={required} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={name === "email" ? "email" : "text"}
          defaultValue={fieldValue(state, name, agency?.[name])}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {structural ? text("code", true, t("console.agencies.codeHint")) : null}
      {text("name", true)}
      {text("shortName", true)}
      {structural ? (
        <Field name="parentId" label={t("console.agencies.parent")} state={state}>
          {(props) => (
            <select {...props} defaultValue={fieldValue(state, "parentId", agency?.parentId)} className={inputClass}>
              <option value="">{t("console.agencies.noParent")}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {CONTACT_FIELDS.map((name) => (
        <div key={name}>{text(name)}</div>
      ))}
      <fieldset className="space-y-4 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">{t("console.agencies.letterSettings")}</legend>
        {LETTER_FIELDS.map((name) => (
          <div key={name}>{text(name, false, t(`console.agencies.${name}Hint`))}</div>
        ))}
      </fieldset>
      {structural ? text("sortOrder") : null}
      {structural ? (
        <Field
          name="goLiveOn"
          label={t("console.agencies.goLiveOn")}
          state={state}
          hint={t("console.agencies.goLiveOnHint")}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={fieldValue(state, "goLiveOn", agency?.goLiveOn?.toISOString().slice(0, 10))}
              className={inputClass}
            />
          )}
        </Field>
      ) : null}
      <SubmitButton>{t("common.save")}</SubmitButton>
    </form>
  );
}
