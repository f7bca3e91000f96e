// What a form's server action answers: success with a message, or errors next to the fields together
// with the values the user typed, so nothing is lost when a submission is refused.
import type { FieldErrors } from "@/lib/errors/app-error";

export type FormState = {
  ok?: boolean;
  /** A message key (e.g. "console.users.created" or "errors.FORBIDDEN"). */
  message?: string;
  messageParams?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
};

export const initialFormState: FormState = {};
