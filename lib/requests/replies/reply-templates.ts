// Each agency's letter templates (one per outcome), edited by its administrator or leader. Without a stored
// template the default of letter.ts applies; resetting deletes the agency's own.
import { db, type Tx } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { REPLY_OUTCOMES } from "../vocabulary";
import { defaultLegalGround, replyTitle, type ReplyOutcome } from "./legal-grounds";
import { defaultTemplateBody, PLACEHOLDERS } from "./letter";
import { ZReplyTemplate } from "./schemas";

/** Placeholders written in a template that the letter does not know (a typo would stay in the letter). */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set(body.match(/\{[^{}\s]{1,20}\}/g) ?? [])].filter((p) => !known.has(p));
}

/** Every reply outcome with the agency's template or the default one, for the template page. */
export async function listReplyTemplates(actor: CurrentUser, agencyId: string) {
  if (!isUuid(agencyId) || !can(actor, "request.templates", agencyId)) throw notFound();
  const stored = await db.replyTemplate.findMany({ where: { agencyId } });
  return REPLY_OUTCOMES.map((outcome) => {
    const own = stored.find((t) => t.outcome === outcome);
    return {
      outcome,
      legalGround: defaultLegalGround(outcome),
      title: own?.title ?? replyTitle(outcome),
      body: own?.body ?? defaultTemplateBody(outcome),
      custom: Boolean(own),
      updatedAt: own?.updatedAt ?? null,
    };
  });
}

export async function saveReplyTemplate(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  if (!isUuid(agencyId) || !can(actor, "agency.read", agencyId)) throw notFound();
  requirePermission(actor, "request.templates", agencyId);
  const input = parseInput(ZReplyTemplate, options.input);
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length)
    throw new AppError("VALIDATION", {
      message: "replies.unknownPlaceholder",
      params: { placeholders: unknown.join("、") },
      fieldErrors: { body: ["invalid"] },
    });
  return db.$transaction(async (tx) => {
    const template = await tx.replyTemplate.upsert({
      where: { agencyId_outcome: { agencyId, outcome: input.outcome } },
      create: { agencyId, outcome: input.outcome, title: input.title, body: input.body },
      update: { title: input.title, body: input.body },
    });
    await auditTemplate(tx, actor, agencyId, template.id, input.outcome, false);
    return template;
  });
}

async function auditTemplate(
  tx: Tx,
  actor: CurrentUser,
  agencyId: string,
  entityId: string,
  outcome: string,
  reset: boolean,
) {
  await recordAudit(tx, {
    type: "request.reply_template_updated",
    actor: { id: actor.id, label: actor.name },
    agencyId,
    entity: { type: "reply_template", id: entityId },
    payload: { outcome, reset },
  });
}

export async function resetReplyTemplate(options: { actor: CurrentUser; agencyId: string; outcome: ReplyOutcome }) {
  const { actor, agencyId } = options;
  if (!isUuid(agencyId) || !can(actor, "agency.read", agencyId)) throw notFound();
  requirePermission(actor, "request.templates", agencyId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.replyTemplate.deleteMany({ where: { agencyId, outcome: options.outcome } });
    if (count) await auditTemplate(tx, actor, agencyId, `${agencyId}:${options.outcome}`, options.outcome, true);
  });
}
