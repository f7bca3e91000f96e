"use client";
// The platform administrator's form for the site identity (《政府网站发展指引》 meta tags and footer).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldValue, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/actions/form-state";
import type { SiteIdentity } from "@/lib/site/site-settings";

type FieldName = Exclude<keyof SiteIdentity, "configured">;

/** Each field, and whether it has a hint (console.site.<name>Hint). */
const FIELDS: { name: FieldName; required?: boolean; hint?: boolean }[] = [
  { name: "siteName", required: true },
  { name: "siteNameEn" },
  { name: "siteDomain", hint: true },
  { name: "siteIdCode", hint: true },
  { name: "sponsor" },
  { name: "organizer" },
  { name: "icpNumber", hint: true },
  { name: "publicSecurityNumber", hint: true },
  { name: "contactPhone" },
];

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: SiteIdentity;
};

export function SiteSettingsForm({ action, values }: Props) {
  const t = useTranslations("console.site");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {FIELDS.map(({ name, required, hint }) => (
        <Field
          key={name}
          name={name}
          label={t(name)}
          state={state}
          required={required}
          hint={hint ? t(`${name}Hint`) : undefined}
        >
          {(props) => (
            <input
              {...props}
              type={name === "contactPhone" ? "tel" : "text"}
              defaultValue={fieldValue(state, name, values[name])}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
