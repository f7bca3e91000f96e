// The background loop's webhook sender (called from lib/email/mail-loop.ts's cycle): POSTs each due delivery to its
// endpoint, signed (signature.ts), and retries failures on the e-mail outbox's schedule until it gives up (FAILED).
// A delivery is claimed with a lease (FOR UPDATE SKIP LOCKED), so several instances never send the same one at once;
// a receiver may still see one twice (a crash after sending): X-Gongkai-Delivery is its idempotency key.
import { db } from "@/lib/db";
import { maxAttemptsFromEnv, retryDelayMs } from "@/lib/email/mail-config";
import { webhookSignature } from "./signature";

const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;
export const WEBHOOK_BATCH = 50;

type Claimed = { id: string; event: string; payload: unknown; attempts: number; url: string; secret: string };

async function claimNext(now: Date): Promise<Claimed | null> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE webhook_delivery d SET next_attempt_at = ${leaseUntil}
    FROM webhook_endpoint e
    WHERE e.id = d.endpoint_id AND d.id = (
      SELECT w.id FROM webhook_delivery w JOIN webhook_endpoint we ON we.id = w.endpoint_id AND we.active
      WHERE w.status = 'PENDING' AND w.next_attempt_at <= ${now}
      ORDER BY w.next_attempt_at, w.id
      LIMIT 1
      FOR UPDATE OF w SKIP LOCKED
    )
    RETURNING d.id, d.event, d.payload, d.attempts, e.url, e.secret`;
  return rows[0] ?? null;
}

export type DeliverResult = { sent: number; retrying: number; failed: number };

export async function deliverWebhooks(
  options: { now?: Date; limit?: number; fetch?: typeof fetch; maxAttempts?: number } = {},
): Promise<DeliverResult> {
  const result: DeliverResult = { sent: 0, retrying: 0, failed: 0 };
  const send = options.fetch ?? fetch;
  const maxAttempts = options.maxAttempts ?? maxAttemptsFromEnv();
  for (let taken = 0; taken < (options.limit ?? WEBHOOK_BATCH); taken++) {
    const now = options.now ?? new Date();
    const delivery = await claimNext(now);
    if (!delivery) break;
    const body = JSON.stringify({ id: delivery.id, ...(delivery.payload as object) });
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await send(delivery.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Gongkai-Webhooks/1",
          "X-Gongkai-Event": delivery.event,
          "X-Gongkai-Delivery": delivery.id,
          "X-Gongkai-Timestamp": String(timestamp),
          "X-Gongkai-Signature": webhookSignature(delivery.secret, timestamp, body),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
    }
    const attempts = delivery.attempts + 1;
    if (!error) {
      await db.webhookDelivery.updateMany({
        where: { id: delivery.id, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), attempts, lastStatus: status, lastError: null },
      });
      result.sent++;
      continue;
    }
    const giveUp = attempts >= maxAttempts;
    await db.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING" },
      data: giveUp
        ? { status: "FAILED", attempts, lastStatus: status, lastError: error }
        : {
            attempts,
            lastStatus: status,
            lastError: error,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          },
    });
    if (giveUp) result.failed++;
    else result.retrying++;
  }
  return result;
}
