import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { ZAgencyInput } from "./schemas";

export async function createAgency(options: { actor: CurrentUser; input: unknown }) {
  requirePermission(options.actor, "agency.create", null);
  const input = parseInput(ZAgencyInput, options.input);
  if (input.parentId && !(await db.agency.findUnique({ where: { id: input.parentId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", { fieldErrors: { parentId: ["invalid"] } });
  }
  if (await db.agency.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw new AppError("CONFLICT", { fieldErrors: { code: ["agencyCodeTaken"] } });
  }
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.create({ data: input });
    await recordAudit(tx, {
      type: "agency.created",
      actor: { id: options.actor.id, label: options.actor.name },
      agencyId: agency.id,
      entity: { type: "agency", id: agency.id },
      payload: { code: agency.code, name: agency.name, parentId: agency.parentId },
    });
    return agency;
  });
}
