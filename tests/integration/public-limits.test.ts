// What anyone may do without signing in, held in PostgreSQL (issue 11 items 4 and 5): guessing a request's
// phone digits through the API or the tracking page, submitting requests from one address, and the request
// form's proof-of-work challenge (forged, expired and replayed solutions are refused).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as challengeRoute } from "@/app/(portal)/requests/challenge/route";
import { GET as trackRoute } from "@/app/api/v1/requests/[trackingCode]/route";
import { POST as submitRoute } from "@/app/api/v1/requests/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type ChallengeToSolve, solveChallenge } from "@/lib/requests/challenge-solver";
import { submitOnlineRequest } from "@/lib/requests/submit-online-request";
import { createChallenge } from "@/lib/requests/submission-challenge";
import { lookUpTrackedRequest } from "@/lib/requests/tracking-session";
import { seedDemo, type DemoAgencyIds } from "../support/principals";
import { onlineRequestInput } from "../support/requests";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const LIBRARY = "203.0.113.10";
const ELSEWHERE = "198.51.100.20";
const RIGHT_DIGITS = "8000"; // onlineRequestInput's phone 13800138000

function track(code: string, digits: string, address: string, language = "en") {
  return trackRoute(
    new Request(`http://localhost:3000/api/v1/requests/${code}?phoneLastFour=${digits}`, {
      headers: { [CLIENT_ADDRESS_HEADER]: address, "accept-language": language },
    }),
    { params: Promise.resolve({ trackingCode: code }) },
  );
}

/** What the tracking page's action calls (app/(portal)/requests/track/actions.ts): its outcome as a code. */
async function trackOnPage(code: string, digits: string, address: string, now?: Date): Promise<string> {
  return lookUpTrackedRequest({ input: { trackingCode: code, phoneLastFour: digits }, clientIp: address, now }).then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? `${error.code}:${error.message}` : String(error)),
  );
}

async function newRequest(address = "192.0.2.99") {
  return submitOnlineRequest({ input: onlineRequestInput(agencies.commerce), clientIp: address });
}

const guess = (i: number) => String(i).padStart(4, "0");

describe("tracking throttle (per code and address, in the database)", () => {
  it("30 guesses through the API no longer find the digits: the code locks after 5 wrong ones, 429 with the minutes", async () => {
    const { trackingCode } = await newRequest();
    const statuses: number[] = [];
    // The right digits come as the 20th guess: too late.
    for (let i = 0; i < 30; i++) {
      const digits = i === 19 ? RIGHT_DIGITS : guess(i);
      statuses.push((await track(trackingCode, digits, LIBRARY)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual(Array(25).fill(429));
    const locked = await track(trackingCode, RIGHT_DIGITS, LIBRARY);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    expect((await locked.json()).error.message).toMatch(/try again in 15 minutes/);
    const zh = await track(trackingCode, RIGHT_DIGITS, LIBRARY, "zh-CN");
    expect((await zh.json()).error.message).toContain("15分钟后再试");
  });

  it("counts parallel guesses too: 30 at once get at most 5 answers", async () => {
    const { trackingCode } = await newRequest();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => track(trackingCode, guess(i + 1), LIBRARY).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s !== 429)).toHaveLength(5);
  });

  it("does not lock out a correct first attempt for another code from a shared address", async () => {
    const mine = await newRequest();
    const other = await newRequest();
    // Someone at the library hammers one code and mistypes a few others.
    for (let i = 0; i < 8; i++) await track(other.trackingCode, guess(i), LIBRARY);
    for (let i = 0; i < 10; i++) await track(`2222-3333-4444-${String(5000 + i)}`, RIGHT_DIGITS, LIBRARY);
    expect((await track(other.trackingCode, RIGHT_DIGITS, LIBRARY)).status, "the hammered code is locked").toBe(429);
    const first = await track(mine.trackingCode, RIGHT_DIGITS, LIBRARY);
    expect(first.status).toBe(200);
    expect((await first.json()).trackingCode).toBe(mine.trackingCode);
    expect(await trackOnPage(mine.trackingCode, RIGHT_DIGITS, LIBRARY), "on the page too").toBe("OK");
    // The locked code is locked from the library only, not for its applicant at home.
    expect((await track(other.trackingCode, RIGHT_DIGITS, ELSEWHERE)).status).toBe(200);
  });

  it("has a higher ceiling per address across all codes, against enumeration", async () => {
    vi.stubEnv("GONGKAI_TRACKING_MAX_FAILURES_PER_ADDRESS", "12");
    const mine = await newRequest();
    for (let i = 0; i < 12; i++) await track(`2222-3333-4444-${String(5000 + i)}`, RIGHT_DIGITS, LIBRARY);
    const refused = await track(mine.trackingCode, RIGHT_DIGITS, LIBRARY);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/failed look-ups from your network/);
    expect(await trackOnPage(mine.trackingCode, RIGHT_DIGITS, LIBRARY)).toBe("THROTTLED:trackingThrottledAddress");
    expect((await track(mine.trackingCode, RIGHT_DIGITS, ELSEWHERE)).status).toBe(200);
  });

  it("shares one count between the tracking page and the API", async () => {
    const { trackingCode } = await newRequest();
    for (let i = 0; i < 3; i++) expect((await track(trackingCode, guess(i), LIBRARY)).status).toBe(404);
    expect(await trackOnPage(trackingCode, "0003", LIBRARY)).toBe("NOT_FOUND:trackingNotFound");
    expect(await trackOnPage(trackingCode, "0004", LIBRARY)).toBe("NOT_FOUND:trackingNotFound");
    // Five wrong in all: both entry points now refuse, even the right digits.
    expect(await trackOnPage(trackingCode, RIGHT_DIGITS, LIBRARY)).toBe("THROTTLED:trackingThrottled");
    expect((await track(trackingCode, RIGHT_DIGITS, LIBRARY)).status).toBe(429);
    expect(await db.trackingFailure.count({ where: { clientIp: LIBRARY } })).toBe(5);
  });

  it("lifts the lock once the failures leave the window, and a success is not counted", async () => {
    const { trackingCode } = await newRequest();
    const start = new Date();
    const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < 5; i++) await trackOnPage(trackingCode, guess(i), LIBRARY, later(i));
    const locked = await lookUpTrackedRequest({
      input: { trackingCode, phoneLastFour: RIGHT_DIGITS },
      clientIp: LIBRARY,
      now: later(5),
    }).catch((error: AppError) => error);
    expect(locked).toMatchObject({ code: "THROTTLED", params: { minutes: 10 } });
    // The first failure (minute 0) leaves the 15-minute window at minute 15.
    expect(await trackOnPage(trackingCode, RIGHT_DIGITS, LIBRARY, later(14))).toBe("THROTTLED:trackingThrottled");
    expect(await trackOnPage(trackingCode, RIGHT_DIGITS, LIBRARY, later(15))).toBe("OK");
    expect(await db.trackingFailure.count({ where: { at: later(15) } }), "the success left no row").toBe(0);
    expect(await db.trackingFailure.count(), "the failure out of the window is forgotten").toBe(4);
  });
});

function submit(address: string, input: unknown) {
  return submitRoute(
    new Request("http://localhost:3000/api/v1/requests", {
      method: "POST",
      headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: address, "accept-language": "en" },
      body: JSON.stringify(input),
    }),
  );
}

describe("anonymous submissions per address", () => {
  it("accepts 10 an hour from one address through the API, then answers 429 with a sentence; others are not affected", async () => {
    for (let i = 0; i < 10; i++)
      expect((await submit(LIBRARY, onlineRequestInput(agencies.commerce))).status).toBe(201);
    const refused = await submit(LIBRARY, onlineRequestInput(agencies.commerce));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(
      /Too many requests have been submitted from your network in the last 60 minutes\. Please try again in \d+ minutes/,
    );
    expect((await submit(ELSEWHERE, onlineRequestInput(agencies.commerce))).status).toBe(201);
    expect(await db.infoRequest.count()).toBe(11);
  });

  it("does not count refused submissions, holds for parallel ones, and frees the address after the window", async () => {
    vi.stubEnv("GONGKAI_SUBMISSION_MAX_PER_ADDRESS", "3");
    for (let i = 0; i < 5; i++)
      expect((await submit(LIBRARY, onlineRequestInput(agencies.commerce, { phone: "" }))).status).toBe(422);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => submit(LIBRARY, onlineRequestInput(agencies.commerce)).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const inAnHour = new Date(Date.now() + 61 * 60_000);
    const later = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce),
      clientIp: LIBRARY,
      now: inAnHour,
    });
    expect(later.trackingCode).toBeTruthy();
  });
});

describe("the request form's proof-of-work challenge", () => {
  beforeEach(() => {
    vi.stubEnv("GONGKAI_SUBMISSION_CHALLENGE_MAX_NUMBER", "2000");
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-the-challenge-key");
  });

  const fromForm = (payload: unknown, now?: Date) =>
    submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce),
      clientIp: LIBRARY,
      now,
      challenge: { payload },
    });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => "accepted",
      (error: AppError) => `${error.code}:${(error.fieldErrors?.altcha ?? []).join(",")}`,
    );
  const solved = async () => {
    const response = await challengeRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    return (await solveChallenge((await response.json()) as ChallengeToSolve)) as string;
  };
  const decode = (payload: string) => JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

  it("accepts a solved challenge once; a replay is refused next to the field and creates nothing", async () => {
    const payload = await solved();
    expect(await refusal(fromForm(payload))).toBe("accepted");
    expect(await refusal(fromForm(payload))).toBe("VALIDATION:challengeFailed");
    expect(await db.infoRequest.count()).toBe(1);
  });

  it("refuses a missing, unsolved, forged or expired solution", async () => {
    expect(await refusal(fromForm(undefined))).toBe("VALIDATION:challengeMissing");
    expect(await refusal(fromForm(""))).toBe("VALIDATION:challengeMissing");
    expect(await refusal(fromForm("not base64 json"))).toBe("VALIDATION:challengeFailed");
    const genuine = decode(await solved());
    expect(await refusal(fromForm(encode({ ...genuine, number: genuine.number + 1 }))), "wrong number").toBe(
      "VALIDATION:challengeFailed",
    );
    // A challenge the attacker made up and solved: its signature is not the server's.
    const salt = "00ff?expires=9999999999";
    const { createHash } = await import("node:crypto");
    const forged = {
      algorithm: "SHA-256",
      challenge: createHash("sha256").update(`${salt}7`).digest("hex"),
      number: 7,
      salt,
      signature: "a".repeat(64),
    };
    expect(await refusal(fromForm(encode(forged))), "forged").toBe("VALIDATION:challengeFailed");
    // Moving the expiry in the salt breaks the hash the signature covers.
    const stretched = { ...genuine, salt: genuine.salt.replace(/expires=\d+/, "expires=9999999999") };
    expect(await refusal(fromForm(encode(stretched))), "extended expiry").toBe("VALIDATION:challengeFailed");
    const inAnHour = new Date(Date.now() + 31 * 60_000);
    expect(await refusal(fromForm(encode(genuine), inAnHour)), "expired").toBe("VALIDATION:challengeFailed");
    expect(await db.infoRequest.count()).toBe(0);
    expect(await refusal(fromForm(encode(genuine))), "still good now").toBe("accepted");
  });

  it("reports the challenge together with the form's other field errors", async () => {
    const error = await submitOnlineRequest({
      input: onlineRequestInput(agencies.commerce, { phone: "" }),
      clientIp: LIBRARY,
      challenge: { payload: "" },
    }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys((error as AppError).fieldErrors ?? {}).sort()).toEqual(["altcha", "phone"]);
  });

  it("serves no challenge when switched off; the public API never needs one", async () => {
    const issued = createChallenge();
    expect(issued).toMatchObject({ algorithm: "SHA-256", maxnumber: 2000 });
    vi.stubEnv("GONGKAI_SUBMISSION_CHALLENGE", "0");
    expect((await challengeRoute()).status).toBe(404);
    vi.stubEnv("GONGKAI_SUBMISSION_CHALLENGE", "1");
    expect((await submit(LIBRARY, onlineRequestInput(agencies.commerce))).status).toBe(201);
  });
});
