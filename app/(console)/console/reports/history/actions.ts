"use server";
// Thin actions: each checks the user itself; the use cases check report.edit in the agency.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { IMPORT_ENCODINGS, type ImportEncoding } from "@/lib/items/import/columns";
import { isImportValidationError } from "@/lib/items/import/errors";
import { IMPORT_ERRORS_SHOWN, type ImportFormState } from "@/lib/items/import/form-state";
import { importHistoricalFigures } from "@/lib/reports/historical/import-historical-figures";
import { setHistoricalYear } from "@/lib/reports/historical/set-historical-year";
import { historicalInputFromForm } from "@/lib/reports/historical/schemas";

const fields = (formData: FormData) =>
  Object.fromEntries(
    [...formData].filter((e): e is [string, string] => !e[0].startsWith("$") && typeof e[1] === "string"),
  );

export async function setHistoricalYearAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runFormAction(formData, async () => {
    const { year } = await setHistoricalYear({
      actor: await requireUser(),
      agencyId,
      input: historicalInputFromForm(fields(formData)),
    });
    return { ok: true, message: "reportHistory.saved", messageParams: { year } };
  });
  if (state.ok) revalidatePath("/console/reports/history");
  return state;
}

export async function importHistoricalFiguresAction(
  agencyId: string,
  _state: ImportFormState,
  formData: FormData,
): Promise<ImportFormState> {
  return runFormAction(formData, async (): Promise<ImportFormState> => {
    const actor = await requireUser();
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: ["importFileRequired"] } };
    const requested = String(formData.get("encoding") ?? "auto");
    const encoding: ImportEncoding = (IMPORT_ENCODINGS as readonly string[]).includes(requested)
      ? (requested as ImportEncoding)
      : "auto";
    try {
      const { years, rows } = await importHistoricalFigures({
        actor,
        agencyId,
        encoding,
        file: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name },
      });
      revalidatePath("/console/reports/history");
      return {
        ok: true,
        message: "reportHistory.imported",
        messageParams: { years: years.join("、"), rows },
        imported: rows,
      };
    } catch (error) {
      if (!isImportValidationError(error)) throw error;
      return {
        ok: false,
        rowErrors: error.rowErrors.slice(0, IMPORT_ERRORS_SHOWN),
        errorCount: error.rowErrors.length,
        values: { encoding },
      };
    }
  });
}
