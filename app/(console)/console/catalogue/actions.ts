"use server";
// Each action checks the user itself; the use cases check catalogue.manage in the agency concerned.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { createCategory, removeCategory, updateCategory } from "@/lib/catalogue/manage-categories";
import { updateItemSettings } from "@/lib/catalogue/update-item-settings";

const PAGE = "/console/catalogue";

export async function createCategoryAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await createCategory({ actor: await requireUser(), agencyId, input: Object.fromEntries(formData) });
    revalidatePath(PAGE);
    return { ok: true, message: "catalogue.created" };
  });
}

export async function updateCategoryAction(
  categoryId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await updateCategory({ actor: await requireUser(), categoryId, input: Object.fromEntries(formData) });
    revalidatePath(PAGE);
    return { ok: true, message: "catalogue.updated" };
  });
}

export async function removeCategoryAction(
  categoryId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await removeCategory({ actor: await requireUser(), categoryId });
    revalidatePath(PAGE);
    return { ok: true, message: "catalogue.removed" };
  });
}

export async function updateSettingsAction(
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    await updateItemSettings({ actor: await requireUser(), agencyId, input: Object.fromEntries(formData) });
    revalidatePath(PAGE);
    return { ok: true, message: "catalogue.settingsSaved" };
  });
}
