// An agency administrator registers and switches off the integrators' endpoints of their agency. The secret is
// made here and shown once (the caller displays it); every change is audited.
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { isUuid, parseInput } from "@/lib/forms/validation";
import { ZWebhookEndpoint } from "./schemas";

export async function registerWebhookEndpoint(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  if (!isUuid(agencyId)) throw notFound();
  requirePermission(actor, "webhook.manage", agencyId);
  const input = parseInput(ZWebhookEndpoint, options.input);
  const secret = randomBytes(32).toString("hex");
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { agencyId, ...input, secret } });
    await recordAudit(tx, {
      type: "webhook.registered",
      actor: { id: actor.id, label: actor.name },
      agencyId,
      entity: { type: "webhook", id: endpoint.id },
      payload: { url: input.url, events: input.events },
    });
    return { id: endpoint.id, secret };
  });
}

export async function deactivateWebhookEndpoint(options: { actor: CurrentUser; endpointId: string }) {
  const { actor, endpointId } = options;
  if (!isUuid(endpointId)) throw notFound();
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId } });
  // Another agency's endpoint is not found, like one that does not exist (scope before permission).
  if (!endpoint?.active || !can(actor, "webhook.manage", endpoint.agencyId)) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { active: false } });
    // Deliveries not sent yet are not sent any more.
    await tx.webhookDelivery.updateMany({
      where: { endpointId, status: "PENDING" },
      data: { status: "FAILED", lastError: "endpoint deactivated" },
    });
    await recordAudit(tx, {
      type: "webhook.deactivated",
      actor: { id: actor.id, label: actor.name },
      agencyId: endpoint.agencyId,
      entity: { type: "webhook", id: endpointId },
      payload: { url: endpoint.url },
    });
  });
}
