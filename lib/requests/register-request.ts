// Staff register a request received 当面, by 信函, 传真, 电子邮件 or otherwise, with the receipt date that
// 条例 art. 31 gives for that channel (the form asks what decides it).
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { createRequest } from "./create-request";
import { ZStaffRegistration } from "./schemas";

export async function registerRequest(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  const input = parseInput(ZStaffRegistration, options.input);
  if (!can(actor, "request.read", input.agencyId)) throw notFound();
  requirePermission(actor, "request.register", input.agencyId);
  const { agencyId, channel, receiptBasis, receivedOn, ...applicant } = input;
  const calendar = await loadWorkingCalendar();
  return db.$transaction(async (tx) => {
    const request = await createRequest(tx, { applicant, agencyId, channel, receiptBasis, receivedOn, registeredById: actor.id, actor: { id: actor.id, label: actor.name } }, calendar);
    // Whoever registers a request handles it until someone reassigns it.
    await tx.infoRequest.update({ where: { id: request.id }, data: { assigneeId: actor.id } });
    return request;
  });
}
