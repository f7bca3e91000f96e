"use client";
// The forms of the user pages: create, profile, roles in one agency, password reset, (de)activation.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ROLES } from "@/lib/auth/roles";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function RoleCheckboxes({ state, checked }: { state: FormState; checked: readonly string[] }) {
  const t = useTranslations();
  const typed = state.values?.roles;
  const selected = typed === undefined ? checked : Array.isArray(typed) ? typed : [typed];
  const errors = state.fieldErrors?.roles ?? [];
  return (
    <fieldset aria-describedby={errors.length ? "roles-error" : undefined}>
      <legend className="font-medium">{t("console.users.roles")}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="roles"
              value={role}
              defaultChecked={selected.includes(role)}
              className="h-4 w-4"
            />
            {t(`roles.${role}`)}
          </label>
        ))}
      </div>
      {errors.length ? (
        <p id="roles-error" role="alert" className="text-sm text-red-700">
          {errors.map((k) => t(`validation.${k}`)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CreateUserForm({ action, agencies }: { action: Action; agencies: { id: string; name: string }[] }) {
  const t = useTranslations("console.users");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("name")} state={state} required>
        {(p) => <input {...p} defaultValue={fieldValue(state, "name")} className={inputClass} />}
      </Field>
      <Field name="email" label={t("email")} state={state} required>
        {(p) => (
          <input
            {...p}
            type="email"
            autoComplete="off"
            defaultValue={fieldValue(state, "email")}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="agencyId" label={t("agency")} state={state} required>
        {(p) => (
          <select {...p} defaultValue={fieldValue(state, "agencyId", agencies[0]?.id)} className={inputClass}>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RoleCheckboxes state={state} checked={["STAFF"]} />
      <Field name="password" label={t("initialPassword")} state={state} required hint={t("initialPasswordHint")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton>{t("new")}</SubmitButton>
    </form>
  );
}

export function ProfileForm({
  action,
  user,
  initialMessage,
}: {
  action: Action;
  user: { name: string; email: string };
  initialMessage?: string;
}) {
  const t = useTranslations("console.users");
  const common = useTranslations("common");
  const [state, formAction] = useActionState(
    action,
    initialMessage ? { ok: true, message: initialMessage } : initialFormState,
  );
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("name")} state={state} required>
        {(p) => <input {...p} defaultValue={fieldValue(state, "name", user.name)} className={inputClass} />}
      </Field>
      <Field name="email" label={t("email")} state={state} required>
        {(p) => (
          <input {...p} type="email" defaultValue={fieldValue(state, "email", user.email)} className={inputClass} />
        )}
      </Field>
      <SubmitButton>{common("save")}</SubmitButton>
    </form>
  );
}

export function AgencyRolesForm({
  action,
  agencyName,
  roles,
}: {
  action: Action;
  agencyName: string;
  roles: string[];
}) {
  const t = useTranslations("console.users");
  const common = useTranslations("common");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
      aria-label={t("rolesIn", { agency: agencyName })}
    >
      <h3 className="font-semibold">{t("rolesIn", { agency: agencyName })}</h3>
      <FormMessage state={state} />
      <RoleCheckboxes state={state} checked={roles} />
      <SubmitButton variant="secondary">{common("save")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action }: { action: Action }) {
  const t = useTranslations("console.users");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xl space-y-3" noValidate>
      <FormMessage state={state} />
      <Field name="password" label={t("newPassword")} state={state} required hint={t("initialPasswordHint")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
    </form>
  );
}

export function UnlockSignInForm({ action }: { action: Action }) {
  const t = useTranslations("console.users");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="secondary">{t("unlockSignIn")}</SubmitButton>
    </form>
  );
}

export function ActiveToggleForm({ action, active }: { action: Action; active: boolean }) {
  const t = useTranslations("console.users");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      {active ? <p className="text-sm text-stone-700">{t("deactivateHint")}</p> : null}
      <SubmitButton variant={active ? "danger" : "secondary"}>
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </form>
  );
}
