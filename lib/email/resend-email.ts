// 重新发送: an administrator puts a FAILED e-mail back in the queue (after fixing the mail server or the
// address), with a fresh count of attempts. Status-conditional, so a double click queues it once.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { agencyWhere } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";

export async function resendEmail(options: { actor: CurrentUser; emailId: string; now?: Date }) {
  const { actor, emailId } = options;
  if (!isUuid(emailId)) throw notFound();
  // An e-mail outside the actor's scope does not exist for them.
  const email = await db.outboxEmail.findFirst({
    where: { id: emailId, ...agencyWhere(actor, "outbox.read") },
    select: { id: true, status: true, toAddress: true, agencyId: true },
  });
  if (!email) throw notFound();
  await db.$transaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: email.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: options.now ?? new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      type: "email.resent",
      actor: { id: actor.id, label: actor.name },
      agencyId: email.agencyId,
      entity: { type: "email", id: email.id },
      payload: { to: email.toAddress },
    });
  });
}
