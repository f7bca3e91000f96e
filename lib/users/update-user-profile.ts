import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { parseInput } from "@/lib/forms/validation";
import { loadManageableUser } from "./manage-rules";
import { ZUserProfile } from "./schemas";

export async function updateUserProfile(options: { actor: CurrentUser; userId: string; input: unknown }) {
  const { actor, userId } = options;
  const target = await loadManageableUser(actor, userId, "user.update");
  const input = parseInput(ZUserProfile, options.input);
  if (
    input.email !== target.email &&
    (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))
  ) {
    throw new AppError("CONFLICT", { fieldErrors: { email: ["emailTaken"] } });
  }
  const changes = diffFields({ email: target.email, name: target.name }, input);
  if (Object.keys(changes).length === 0) return;
  await db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: input });
      await recordAudit(tx, {
        type: "user.updated",
        actor: { id: actor.id, label: actor.name },
        agencyId: target.memberships[0]?.agencyId ?? null,
        entity: { type: "user", id: userId },
        payload: { changes },
      });
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new AppError("CONFLICT", { fieldErrors: { email: ["emailTaken"] } }) : error;
    });
}
