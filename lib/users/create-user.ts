import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { parseInput } from "@/lib/forms/validation";
import { findAgencyForUser } from "@/lib/agencies/queries";
import { ZUserCreate } from "./schemas";
import { COMBINED_ROLES_WARNING, holdsWholeReviewChain } from "./separation-of-duties";

const emailTaken = () => new AppError("CONFLICT", { fieldErrors: { email: ["emailTaken"] } });

/** An administrator creates an account with roles in one agency; the user must change the password at first sign-in. */
export async function createUser(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  const input = parseInput(ZUserCreate, options.input);
  if (!(await findAgencyForUser(actor, input.agencyId))) throw notFound();
  requirePermission(actor, "user.create", input.agencyId);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw emailTaken();
  }
  const passwordHash = await hashPassword(input.password);
  const roles = [...new Set(input.roles)];
  const warning = holdsWholeReviewChain(roles) ? COMBINED_ROLES_WARNING : undefined;
  return db
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          mustChangePassword: true,
          memberships: { create: roles.map((role) => ({ agencyId: input.agencyId, role })) },
        },
      });
      await recordAudit(tx, {
        type: "user.created",
        actor: { id: actor.id, label: actor.name },
        agencyId: input.agencyId,
        entity: { type: "user", id: user.id },
        payload: {
          email: user.email,
          name: user.name,
          roles: roles.map((role) => ({ agencyId: input.agencyId, role })),
          ...(warning ? { warning } : {}),
        },
      });
      return user;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? emailTaken() : error;
    });
}
