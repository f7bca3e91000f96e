// The sender: delivers due e-mails of the outbox through the configured SMTP server, and retries with
// growing waits when the server is down. Several app instances may run it at once: an e-mail is claimed
// with `FOR UPDATE SKIP LOCKED` and a lease (its next attempt moved past the time a send can take), so two
// senders never take the same row; if an instance dies mid-send, the lease runs out and another retries.
// Delivery is therefore at least once — a fixed Message-ID per e-mail lets mail servers drop a duplicate.
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { mailSetupFromEnv, maxAttemptsFromEnv, retryDelayMs, type MailConfig } from "./mail-config";

/** Longer than an SMTP send can take with the configured timeouts (15 s + 15 s + 60 s). */
const LEASE_MS = 10 * 60_000;
/** E-mails sent per run at most, so one run of the loop stays short. */
const DEFAULT_BATCH = 50;
/** Errors that concern the server, not the message: the other e-mails would fail alike, so the run stops. */
const SERVER_ERRORS = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "EAUTH",
  "ETLS",
  "ECONNREFUSED",
  "ENOTFOUND",
]);

export type SendOutboxOptions = {
  /** Defaults to the environment (mail-config.ts); null means "not configured". */
  config?: MailConfig | null;
  now?: Date;
  maxAttempts?: number;
  limit?: number;
};

export type SendOutboxResult = { configured: boolean; sent: number; retrying: number; failed: number };

type Claimed = { id: string; to_address: string; subject: string; text_body: string; attempts: number };

/** Takes the next due e-mail for this sender, or null. */
async function claimNext(now: Date): Promise<Claimed | null> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE outbox_email SET next_attempt_at = ${leaseUntil}
    WHERE id = (
      SELECT id FROM outbox_email
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, to_address, subject, text_body, attempts`;
  return rows[0] ?? null;
}

function describeError(error: unknown): { text: string; serverWide: boolean } {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const text = [e.code, e.responseCode, e.response ?? e.message ?? String(error)]
    .filter(Boolean)
    .join(" ")
    .slice(0, 1000);
  return { text, serverWide: e.code !== undefined && SERVER_ERRORS.has(e.code) };
}

/**
 * One run of the sender: sends every due PENDING e-mail (up to `limit`), marks it SENT, or records the
 * failure and when to try again, giving up (FAILED) after `maxAttempts`. Without configuration it does
 * nothing: the e-mails wait.
 */
export async function sendOutbox(options: SendOutboxOptions = {}): Promise<SendOutboxResult> {
  const config =
    options.config === undefined ? ((s) => (s.configured ? s.config : null))(mailSetupFromEnv()) : options.config;
  const result: SendOutboxResult = { configured: config !== null, sent: 0, retrying: 0, failed: 0 };
  if (!config) return result;
  const maxAttempts = options.maxAttempts ?? maxAttemptsFromEnv();
  const limit = options.limit ?? DEFAULT_BATCH;
  const transporter = nodemailer.createTransport(config.smtp);
  try {
    for (let i = 0; i < limit; i++) {
      // `now` is fixed per run when given (tests); the real clock otherwise.
      const now = options.now ?? new Date();
      const email = await claimNext(now);
      if (!email) break;
      try {
        await transporter.sendMail({
          from: config.from,
          to: email.to_address,
          subject: email.subject,
          text: email.text_body,
          messageId: `<${email.id}@gongkai.outbox>`,
        });
        await db.outboxEmail.updateMany({
          where: { id: email.id, status: "PENDING" },
          data: { status: "SENT", sentAt: options.now ?? new Date(), attempts: { increment: 1 }, lastError: null },
        });
        result.sent++;
      } catch (error) {
        const { text, serverWide } = describeError(error);
        const attempts = email.attempts + 1;
        const giveUp = attempts >= maxAttempts;
        await db.outboxEmail.updateMany({
          where: { id: email.id, status: "PENDING" },
          data: giveUp
            ? { status: "FAILED", attempts, lastError: text }
            : { attempts, lastError: text, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
        });
        if (giveUp) result.failed++;
        else result.retrying++;
        if (serverWide) break;
      }
    }
  } finally {
    transporter.close();
  }
  return result;
}
