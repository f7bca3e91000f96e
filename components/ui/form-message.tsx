"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome: a success note or an error sentence, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  const t = useTranslations();
  if (!state.message) return null;
  const text = t.has(state.message) ? t(state.message, state.messageParams) : state.message;
  return state.ok ? (
    <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
      {text}
    </p>
  ) : (
    <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {text}
    </p>
  );
}
