"use client";
// The reply draft: outcome (grouped like table 三), its legal ground (prefilled when the outcome, the delivery or
// the 36 (四)/(五) letter changes), how a 予以公开 / 部分公开 reply provides the information, which 本机关不掌握
// letter (and the responsible agency), and the letter in Markdown. "按模板重新生成" submits with regenerate=1; an
// empty letter is generated too. Every field is controlled: a refused save shows exactly what the user left.
import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, fieldValue } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Group = { group: string; label: string; options: { value: string; label: string }[] };

export type ReplyFormValues = {
  outcome: string;
  legalGround: string;
  delivery: string;
  deliveryDetail: string;
  notHeldVariant: string;
  otherAgencyName: string;
  otherAgencyContact: string;
  letterMarkdown: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  groups: Group[];
  /** Default grounds by outcome, and by "outcome:delivery" / "outcome:variant" where the letter differs. */
  grounds: Record<string, string>;
  releasing: readonly string[];
  deliveries: readonly string[];
  notHeldVariants: readonly string[];
  initial: ReplyFormValues;
  /** From the request: the way the applicant asked to receive it (自取 / 邮寄 …) and their postal address. */
  suggested: { delivery: string; postAddress: string };
  /** Changes when the stored reply changes (a successful save): the fields then show the stored values. */
  version: string;
  isNew: boolean;
};

const FIELDS = [
  "outcome",
  "legalGround",
  "delivery",
  "deliveryDetail",
  "notHeldVariant",
  "otherAgencyName",
  "otherAgencyContact",
  "letterMarkdown",
] as const satisfies readonly (keyof ReplyFormValues)[];

export function RequestReplyForm(props: Props) {
  const { action, groups, grounds, releasing, deliveries, notHeldVariants, initial, suggested, version, isNew } = props;
  const t = useTranslations("replies.reply");
  const [state, formAction] = useActionState(action, initialFormState);
  const fromState = (s: FormState, base: ReplyFormValues) =>
    Object.fromEntries(FIELDS.map((name) => [name, fieldValue(s, name, base[name])])) as ReplyFormValues;
  const [values, setValues] = useState(() => fromState(state, initial));
  // A successful save stores new values (a regenerated letter…): show them. A refused one keeps what was typed.
  const [shownVersion, setShownVersion] = useState(version);
  if (version !== shownVersion) {
    setShownVersion(version);
    setValues(initial);
  }
  const set = (name: keyof ReplyFormValues, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const groundOf = (v: ReplyFormValues) =>
    grounds[`${v.outcome}:${v.delivery}`] ?? grounds[`${v.outcome}:${v.notHeldVariant}`] ?? grounds[v.outcome] ?? "";
  /** Changes a field that chooses the default ground; the ground follows unless the drafter wrote their own. */
  const choose = (name: "outcome" | "delivery" | "notHeldVariant", value: string) =>
    setValues((v) => {
      const next = { ...v, [name]: value };
      // The way the applicant asked for (条例 art. 40) is proposed first; posted copies go to their address.
      if (name === "outcome" && releasing.includes(value) && !next.delivery) next.delivery = suggested.delivery;
      if (next.delivery === "POST" && !next.deliveryDetail) next.deliveryDetail = suggested.postAddress;
      if (name === "outcome" && value === "UNABLE_NOT_HELD" && !next.notHeldVariant) next.notHeldVariant = "NOT_EXIST";
      if (!v.legalGround || v.legalGround === groundOf(v)) next.legalGround = groundOf(next);
      return next;
    });

  const isReleasing = releasing.includes(values.outcome);
  const isNotHeld = values.outcome === "UNABLE_NOT_HELD";
  return (
    // Submitted by hand rather than through `action`, so React does not reset the form after a refusal (a reset
    // would show the first option of every select while the state still holds the user's choice).
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        const data = new FormData(e.currentTarget, submitter);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
      noValidate
      data-testid="reply-form"
    >
      <FormMessage state={state} />
      <Field name="outcome" label={t("outcome")} state={state} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.outcome}
            onChange={(e) => choose("outcome", e.target.value)}
          >
            <option value="">{t("chooseOutcome")}</option>
            {groups.map((g) => (
              <optgroup key={g.group} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>

      {isReleasing ? (
        <div className="space-y-4 rounded border border-stone-200 p-3" data-testid="reply-delivery">
          <Field name="delivery" label={t("delivery")} state={state} hint={t("deliveryHint")} required>
            {(p) => (
              <select
                {...p}
                className={inputClass}
                value={values.delivery}
                onChange={(e) => choose("delivery", e.target.value)}
              >
                {deliveries.map((d) => (
                  <option key={d} value={d}>
                    {t(`deliveries.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.delivery && values.delivery !== "FILES" ? (
            <Field name="deliveryDetail" label={t(`deliveryDetail.${values.delivery}`)} state={state} required>
              {(p) => (
                <input
                  {...p}
                  className={inputClass}
                  value={values.deliveryDetail}
                  onChange={(e) => set("deliveryDetail", e.target.value)}
                />
              )}
            </Field>
          ) : null}
        </div>
      ) : null}

      {isNotHeld ? (
        <div className="space-y-4 rounded border border-stone-200 p-3" data-testid="reply-not-held">
          <Field name="notHeldVariant" label={t("notHeldVariant")} state={state} required>
            {(p) => (
              <select
                {...p}
                className={inputClass}
                value={values.notHeldVariant}
                onChange={(e) => choose("notHeldVariant", e.target.value)}
              >
                {notHeldVariants.map((v) => (
                  <option key={v} value={v}>
                    {t(`notHeldVariants.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.notHeldVariant === "OTHER_AGENCY" ? (
            <>
              <Field name="otherAgencyName" label={t("otherAgencyName")} state={state} required>
                {(p) => (
                  <input
                    {...p}
                    className={inputClass}
                    value={values.otherAgencyName}
                    onChange={(e) => set("otherAgencyName", e.target.value)}
                  />
                )}
              </Field>
              <Field
                name="otherAgencyContact"
                label={t("otherAgencyContact")}
                hint={t("otherAgencyContactHint")}
                state={state}
                required
              >
                {(p) => (
                  <input
                    {...p}
                    className={inputClass}
                    value={values.otherAgencyContact}
                    onChange={(e) => set("otherAgencyContact", e.target.value)}
                  />
                )}
              </Field>
            </>
          ) : null}
        </div>
      ) : null}

      <Field name="legalGround" label={t("legalGround")} state={state} hint={t("legalGroundHint")} required>
        {(p) => (
          <input
            {...p}
            className={inputClass}
            value={values.legalGround}
            onChange={(e) => set("legalGround", e.target.value)}
          />
        )}
      </Field>
      <Field
        name="letterMarkdown"
        label={t("letter")}
        state={state}
        hint={isNew ? t("letterHintNew") : t("letterHint")}
      >
        {(p) => (
          <textarea
            {...p}
            rows={18}
            className={`${inputClass} font-mono text-sm`}
            value={values.letterMarkdown}
            onChange={(e) => set("letterMarkdown", e.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{isNew ? t("create") : t("save")}</SubmitButton>
        {!isNew ? (
          <button
            type="submit"
            name="regenerate"
            value="1"
            className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100"
          >
            {t("regenerate")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
