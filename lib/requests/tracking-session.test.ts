// The tracking cookie: what was signed comes back; a changed id, expiry or signature, another secret or
// an expired session does not.
import { describe, expect, it } from "vitest";
import { signTrackingSession, TRACKING_SESSION_MINUTES, verifyTrackingSession } from "./tracking-session";

const secret = "test-secret-0123456789abcdef";
const requestId = "01966b1e-7c1a-7b3e-9d2f-0a1b2c3d4e5f";
const now = new Date("2026-03-02T02:00:00Z");

describe("tracking session cookie", () => {
  it("round-trips the request id until it expires 30 minutes later", () => {
    const { value, expires } = signTrackingSession(requestId, { now, secret });
    expect(expires.getTime() - now.getTime()).toBe(TRACKING_SESSION_MINUTES * 60_000);
    expect(verifyTrackingSession(value, { now, secret })).toBe(requestId);
    expect(verifyTrackingSession(value, { now: new Date(expires.getTime() - 1000), secret })).toBe(requestId);
  });

  it("refuses an expired session", () => {
    const { value, expires } = signTrackingSession(requestId, { now, secret });
    expect(verifyTrackingSession(value, { now: expires, secret })).toBeNull();
    expect(verifyTrackingSession(value, { now: new Date(expires.getTime() + 60_000), secret })).toBeNull();
  });

  it("refuses a tampered request id, expiry or signature, and another secret", () => {
    const { value } = signTrackingSession(requestId, { now, secret });
    const [id, expiry, signature] = value.split(".");
    const otherId = "01966b1e-7c1a-7b3e-9d2f-0a1b2c3d4e60";
    expect(verifyTrackingSession(`${otherId}.${expiry}.${signature}`, { now, secret })).toBeNull();
    expect(verifyTrackingSession(`${id}.${Number(expiry) + 3_600_000}.${signature}`, { now, secret })).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyTrackingSession(`${id}.${expiry}.${flipped}`, { now, secret })).toBeNull();
    expect(verifyTrackingSession(value, { now, secret: "another-secret" })).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["missing", undefined],
    ["two parts", `${requestId}.123`],
    ["not an id", "abc.123.def"],
    ["four parts", `${requestId}.1.2.3`],
  ])("refuses a malformed value (%s)", (_what, value) =>
    expect(verifyTrackingSession(value, { now, secret })).toBeNull(),
  );

  it("refuses to sign without a secret", () => {
    expect(() => signTrackingSession(requestId, { now, secret: "" })).toThrow(/NEXTAUTH_SECRET/);
  });
});
