"use server";
// The import form's action: checks the user itself; importItems checks the permission in the agency.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { isImportValidationError } from "@/lib/items/import/errors";
import { IMPORT_ERRORS_SHOWN, type ImportFormState } from "@/lib/items/import/form-state";
import { importItems } from "@/lib/items/import/import-items";
import { IMPORT_ENCODINGS, type ImportEncoding } from "@/lib/items/import/columns";

export async function importItemsAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  return runFormAction(formData, async (): Promise<ImportFormState> => {
    const actor = await requireUser();
    const agencyId = String(formData.get("agencyId") ?? "");
    const file = formData.get("file");
    if (!agencyId) return { ok: false, fieldErrors: { agencyId: ["uuid"] } };
    if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: ["importFileRequired"] } };
    const requested = String(formData.get("encoding") ?? "auto");
    const encoding: ImportEncoding = (IMPORT_ENCODINGS as readonly string[]).includes(requested)
      ? (requested as ImportEncoding)
      : "auto";
    try {
      const { imported } = await importItems({
        actor,
        agencyId,
        encoding,
        historical: formData.get("historical") === "1",
        file: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name },
      });
      revalidatePath("/console/items");
      const historical = formData.get("historical") === "1";
      return {
        ok: true,
        message: historical ? "itemImport.imported" : "itemImport.importedForReview",
        messageParams: { count: imported },
        imported,
      };
    } catch (error) {
      if (!isImportValidationError(error)) throw error;
      return {
        ok: false,
        rowErrors: error.rowErrors.slice(0, IMPORT_ERRORS_SHOWN),
        errorCount: error.rowErrors.length,
        values: { agencyId, encoding, historical: formData.get("historical") === "1" ? "1" : "" },
      };
    }
  });
}
