// What the import form's action answers: the usual form state, plus the count imported or the problems found.
import type { FormState } from "@/lib/actions/form-state";
import type { ImportRowError } from "./errors";

/** At most this many problems are sent to the page; the total is always told. */
export const IMPORT_ERRORS_SHOWN = 1000;

export type ImportFormState = FormState & {
  imported?: number;
  rowErrors?: ImportRowError[];
  errorCount?: number;
};
