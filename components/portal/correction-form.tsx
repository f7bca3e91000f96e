"use client";
// 在线补正: the applicant answers the 补正 notice shown above it with text and files. A refusal keeps the text and
// says what is wrong next to each field; files must be chosen again (a browser cannot refill a file input).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldValue, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ofd,.png,.jpg,.jpeg,.gif,.webp";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  maxFiles: number;
  maxMb: number;
};

export function CorrectionForm({ action, maxFiles, maxMb }: Props) {
  const t = useTranslations("requestPortal.correction");
  const tf = useTranslations("requestPortal.fileErrors");
  const [state, formAction] = useActionState(action, initialFormState);
  const fileErrors = (state.fieldErrors?.files ?? []).map((key) =>
    tf.has(key) ? tf(key, { max: maxFiles, maxMb, count: 0, fileName: "", ...state.messageParams }) : key,
  );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="text" label={t("text")} state={state} hint={t("textHint")}>
        {(props) => <textarea {...props} rows={5} defaultValue={fieldValue(state, "text")} className={inputClass} />}
      </Field>
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
          aria-describedby={["field-files-hint", fileErrors.length ? "field-files-error" : null]
            .filter(Boolean)
            .join(" ")}
        />
        <p id="field-files-hint" className="text-sm text-stone-600">
          {t("filesHint", { max: maxFiles, maxMb })}
        </p>
        {fileErrors.length ? (
          <p id="field-files-error" className="text-sm text-red-700" role="alert">
            {fileErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
