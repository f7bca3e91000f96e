// The browser's SHA-256 (used where Web Crypto is missing: an intranet page over plain http) must agree with
// Node's for every message length around the block boundaries, or no citizen could solve the challenge.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { sha256HexSync, solveChallenge } from "./challenge-solver";

describe("challenge solver", () => {
  it("computes SHA-256 like Node for lengths 0 to 200 and for Chinese text", () => {
    for (let length = 0; length <= 200; length++) {
      const text = "abc123?expires=1".repeat(13).slice(0, length);
      expect(sha256HexSync(new TextEncoder().encode(text)), `length ${length}`).toBe(
        createHash("sha256").update(text).digest("hex"),
      );
    }
    const chinese = "政府信息公开申请";
    expect(sha256HexSync(new TextEncoder().encode(chinese))).toBe(createHash("sha256").update(chinese).digest("hex"));
  });

  it("finds the number with Web Crypto and without it", async () => {
    const salt = "0a1b2c?expires=4102444800";
    const challenge = createHash("sha256").update(`${salt}1234`).digest("hex");
    const task = { algorithm: "SHA-256", challenge, maxnumber: 3000, salt, signature: "f".repeat(64) };
    const withSubtle = JSON.parse(atob((await solveChallenge(task)) as string));
    expect(withSubtle).toMatchObject({ number: 1234, salt, challenge });
    vi.stubGlobal("crypto", {});
    try {
      expect(JSON.parse(atob((await solveChallenge(task)) as string)).number).toBe(1234);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await solveChallenge({ ...task, maxnumber: 1000 }), "not in range").toBeNull();
  });
});
