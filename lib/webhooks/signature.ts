// How a delivery is signed, so the receiver knows it came from this platform and was not replayed:
// X-Gongkai-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret>, where
// <timestamp> is X-Gongkai-Timestamp (Unix seconds). A receiver recomputes it, compares in constant time, and
// refuses timestamps older than a few minutes.
import { createHmac, timingSafeEqual } from "node:crypto";

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (also the reference for the README's example and for the tests). */
export function verifyWebhookSignature(options: {
  secret: string;
  timestamp: number;
  body: string;
  signature: string;
  now?: Date;
  toleranceSeconds?: number;
}): boolean {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - options.timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(webhookSignature(options.secret, options.timestamp, options.body));
  const given = Buffer.from(options.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
