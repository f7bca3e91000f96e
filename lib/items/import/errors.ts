// A refused import: every problem found in the file, each with its spreadsheet row and Chinese column
// header, so the agency can fix them all in one go. Nothing is written when there is any.
import { AppError } from "@/lib/errors/app-error";

export type ImportRowError = {
  /** The row as the spreadsheet numbers it (the header is row 1); null for a problem with the whole file. */
  row: number | null;
  /** The column header (e.g. 成文日期); null when the problem is not about one column. */
  column: string | null;
  /** A message key under `validation.` in messages/*.json. */
  message: string;
  params?: Record<string, string | number>;
};

/** VALIDATION error of the import: `rowErrors` lists every problem, in row order. */
export class ImportValidationError extends AppError {
  readonly rowErrors: ImportRowError[];

  constructor(rowErrors: ImportRowError[]) {
    const sorted = [...rowErrors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    super("VALIDATION", { message: "importRejected", params: { count: sorted.length } });
    this.name = "ImportValidationError";
    this.rowErrors = sorted;
  }
}

export const isImportValidationError = (error: unknown): error is ImportValidationError =>
  error instanceof ImportValidationError;
