"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setAgencyRoles } from "@/lib/users/set-agency-roles";
import { setUserActive } from "@/lib/users/set-user-active";
import { unlockSignIn } from "@/lib/users/unlock-sign-in";
import { updateUserProfile } from "@/lib/users/update-user-profile";

// Each action checks the user itself; the use cases check the permission and the agency scope.

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const state = await runFormAction(formData, async () => {
    const actor = await requireUser();
    const input = { ...Object.fromEntries(formData), roles: formData.getAll("roles") };
    createdId = (await createUser({ actor, input })).id;
  });
  if (createdId) redirect(`/console/users/${createdId}?created=1`);
  return state;
}

export async function updateProfileAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await updateUserProfile({ actor: await requireUser(), userId, input: Object.fromEntries(formData) });
    revalidatePath(`/console/users/${userId}`);
    return { ok: true, message: "console.users.profileSaved" };
  });
}

export async function setRolesAction(
  userId: string,
  agencyId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, async () => {
    const { warning } = await setAgencyRoles({
      actor: await requireUser(),
      userId,
      input: { agencyId, roles: formData.getAll("roles") },
    });
    revalidatePath(`/console/users/${userId}`);
    return { ok: true, message: warning ? "console.users.rolesSavedWithWarning" : "console.users.rolesSaved" };
  });
}

export async function resetPasswordAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await resetPassword({ actor: await requireUser(), userId, input: { password: formData.get("password") } });
    revalidatePath(`/console/users/${userId}`);
    return { ok: true, message: "console.users.passwordReset" };
  });
}

export async function setActiveAction(
  userId: string,
  active: boolean,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  let done = false;
  const state = await runFormAction(formData, async () => {
    await setUserActive({ actor: await requireUser(), userId, active });
    done = true;
  });
  // The page redraws the other form (deactivate ⇄ reactivate), so the outcome travels in the URL.
  if (done) redirect(`/console/users/${userId}?${active ? "reactivated" : "deactivated"}=1`);
  return state;
}

export async function unlockSignInAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  let done = false;
  const state = await runFormAction(formData, async () => {
    await unlockSignIn({ actor: await requireUser(), userId });
    done = true;
  });
  // The unlock section disappears with the lock, so the outcome travels in the URL.
  if (done) redirect(`/console/users/${userId}?unlocked=1`);
  return state;
}
