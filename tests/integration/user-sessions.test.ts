// Sessions end on the server: signing out, the absolute lifetime from sign-in (refreshing never extends it)
// and the idle timeout. The cookie only names a session; these checks decide.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { checkSession, endSession, startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { DEMO, seedDemo, userIdOf } from "../support/principals";

const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

let userId: string;
beforeEach(async () => {
  await seedDemo();
  userId = await userIdOf(DEMO.commerceStaff);
  process.env.GONGKAI_SESSION_HOURS = "8";
  process.env.GONGKAI_SESSION_IDLE_MINUTES = "30";
});
afterEach(() => {
  delete process.env.GONGKAI_SESSION_HOURS;
  delete process.env.GONGKAI_SESSION_IDLE_MINUTES;
});

describe("a browser session", () => {
  it("is open after sign-in and only for its own user", async () => {
    const start = at("2026-12-04T01:00:00Z");
    const id = await startSession({ userId, clientIp: "203.0.113.7", now: start });
    expect(await checkSession(id, userId, start)).toBe(true);
    expect(await checkSession(id, await userIdOf(DEMO.commerceLeader), start)).toBe(false);
  });

  it("ends when the user signs out: the same cookie opens nothing afterwards", async () => {
    const start = at("2026-12-04T01:00:00Z");
    const id = await startSession({ userId, clientIp: "203.0.113.7", now: start });
    await authOptions.events!.signOut!({ token: { sid: id }, session: null as never });
    expect(await checkSession(id, userId, at("2026-12-04T01:01:00Z"))).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "SIGNED_OUT" });
  });

  it("ends after the idle timeout without a request, and activity keeps it open", async () => {
    const start = at("2026-12-04T01:00:00Z");
    const active = await startSession({ userId, clientIp: "203.0.113.7", now: start });
    for (let m = 20; m <= 200; m += 20) {
      expect(await checkSession(active, userId, new Date(start.getTime() + minutes(m)))).toBe(true);
    }
    const idle = await startSession({ userId, clientIp: "203.0.113.7", now: start });
    expect(await checkSession(idle, userId, new Date(start.getTime() + minutes(29)))).toBe(true);
    expect(await checkSession(idle, userId, new Date(start.getTime() + minutes(29 + 30)))).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: idle } })).toMatchObject({ endReason: "IDLE" });
  });

  it("ends GONGKAI_SESSION_HOURS after sign-in however busy the user is", async () => {
    const start = at("2026-12-04T01:00:00Z");
    const id = await startSession({ userId, clientIp: "203.0.113.7", now: start });
    for (let m = 10; m < 8 * 60; m += 10) {
      expect(await checkSession(id, userId, new Date(start.getTime() + minutes(m)))).toBe(true);
    }
    expect(await checkSession(id, userId, at("2026-12-04T09:00:00Z"))).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "EXPIRED" });
  });

  it("once ended stays ended, with its first reason", async () => {
    const id = await startSession({ userId, clientIp: "203.0.113.7" });
    await endSession(id, "SIGNED_OUT");
    await endSession(id, "IDLE");
    expect(await checkSession(id, userId)).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "SIGNED_OUT" });
  });
});
