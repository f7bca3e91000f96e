"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { requireUser } from "@/lib/auth/current-user";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  let changed = false;
  const state = await runFormAction(formData, async () => {
    const user = await requireUser({ allowPasswordChange: true });
    await changeOwnPassword({
      user,
      input: Object.fromEntries(formData),
      clientIp: clientIpFromHeaders(await headers()),
    });
    changed = true;
  });
  // Every session of the account ended with the change: sign in again with the new password.
  if (changed) redirect("/login?passwordChanged=1");
  return state;
}
