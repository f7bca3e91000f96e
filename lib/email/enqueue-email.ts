// Every e-mail is first written to the outbox, in the same transaction as the change it reports, so a
// message is never lost when the mail server is down: the sender (send-outbox.ts) delivers and retries.
import type { Tx } from "@/lib/db";

export type OutgoingEmail = { to: string; subject: string; text: string; topic?: string; agencyId?: string | null };

export async function enqueueEmail(tx: Tx, email: OutgoingEmail) {
  if (!email.to) return null;
  return tx.outboxEmail.create({
    data: {
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      topic: email.topic ?? "",
      agencyId: email.agencyId ?? null,
    },
  });
}
