"use server";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { updateSiteSettings } from "@/lib/site/update-site-settings";

// The action checks the user itself; the use case checks the permission (platform administrator only).
export async function updateSiteSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await updateSiteSettings({ actor: await requireUser(), input: Object.fromEntries(formData) });
    return { ok: true, message: "console.site.saved" };
  });
}
