"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { createToken, revokeToken } from "@/lib/api/tokens";

/** The form state of token creation, with the new secret (shown once, never stored in clear). */
export type TokenFormState = FormState & { secret?: string };

export async function createTokenAction(_state: TokenFormState, formData: FormData): Promise<TokenFormState> {
  let secret: string | undefined;
  const state = await runFormAction(formData, async () => {
    const token = await createToken({
      actor: await requireUser(),
      name: formData.get("name"),
      expiresInDays: formData.get("expiresInDays"),
    });
    secret = token.secret;
    revalidatePath("/console/account/tokens");
    return { ok: true, message: "tokens.created" };
  });
  return secret ? { ...state, secret } : state;
}

export async function revokeTokenAction(tokenId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async () => {
    await revokeToken({ actor: await requireUser(), tokenId });
    revalidatePath("/console/account/tokens");
    return { ok: true, message: "tokens.revoked" };
  });
}
