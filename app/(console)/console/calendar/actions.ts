"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { confirmCalendarYear } from "@/lib/calendar/confirm-calendar-year";
import { removeCalendarOverride } from "@/lib/calendar/remove-calendar-override";
import { setCalendarOverride } from "@/lib/calendar/set-calendar-override";

// Each action checks the user itself; the use cases check the permission (platform administrator only).

export async function setOverrideAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await setCalendarOverride({ actor: await requireUser(), input: Object.fromEntries(formData) });
    revalidatePath("/console/calendar");
    return { ok: true, message: "calendar.add.saved" };
  });
}

export async function removeOverrideAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await removeCalendarOverride({ actor: await requireUser(), input: { date: formData.get("date") } });
    revalidatePath("/console/calendar");
    return { ok: true, message: "calendar.overrides.removed" };
  });
}

export async function confirmYearAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await confirmCalendarYear({
      actor: await requireUser(),
      input: { year: formData.get("year"), note: formData.get("note") },
    });
    revalidatePath("/console/calendar");
    return { ok: true, message: "calendar.confirm.confirmed" };
  });
}
