// The sender: delivers due e-mails of the outbox through the configured SMTP server, and retries with
// growing waits when the server is down. Several app instances may run it at once: an e-mail is claimed
// with `FOR UPDATE SKIP LOCKED` and a lease (its next attempt moved past the time a send can take), so two
// senders never take the same row; if an instance dies mid-send, the lease runs out and another retries.
// Delivery is therefore at least once — a fixed Message-ID per e-mail lets mail servers drop a duplicate.
// Throughput: a pool of SMTP connections (GONGKAI_MAIL_CONNECTIONS) kept open for the whole run, each taking the
// next due e-mail as soon as it is free, so a burst of receipts goes out at the mail server's pace rather than
// one connection per message (measured by `npm run bench:mail`).
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { connectionsFromEnv, mailSetupFromEnv, maxAttemptsFromEnv, retryDelayMs, type MailConfig } from "./mail-config";

/** Longer than an SMTP send can take with the configured timeouts (15 s + 15 s + 60 s). */
const LEASE_MS = 10 * 60_000;
/** E-mails sent per run at most; the loop starts the next run at once when a run was full (mail-loop.ts). */
export const DEFAULT_BATCH = 1000;
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
  /** SMTP connections used at once (default GONGKAI_MAIL_CONNECTIONS); 1 sends one e-mail after the other. */
  connections?: number;
  /** false: a new connection per e-mail (how the sender worked before; the benchmark's reference). */
  pool?: boolean;
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
  const connections = Math.max(1, options.connections ?? connectionsFromEnv());
  const pooled = options.pool !== false;
  const transporter = pooled
    ? nodemailer.createTransport({ ...config.smtp, pool: true, maxConnections: connections, maxMessages: 500 })
    : null;
  let taken = 0;
  let serverDown = false;

  /** One worker per connection: claims the next due e-mail and sends it, until none is due or the run is done. */
  const worker = async () => {
    while (!serverDown && taken < limit) {
      taken++;
      // `now` is fixed per run when given (tests); the real clock otherwise.
      const now = options.now ?? new Date();
      const email = await claimNext(now);
      if (!email) break;
      const transport = transporter ?? nodemailer.createTransport(config.smtp);
      try {
        await transport.sendMail({
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
        // The server is down: the other e-mails would fail alike, so the run stops.
        if (serverWide) serverDown = true;
      } finally {
        if (!transporter) transport.close();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    transporter?.close();
  }
  return result;
}
