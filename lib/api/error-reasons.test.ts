// Every refusal a use case raises with its own reason (an AppError message key) reaches an API client as
// that reason and the console's sentence, in Chinese and in English — never the generic sentence of the code
// ("内容与已有记录冲突，请检查后重试。" for a 予以公开 reply without its file, issue 13). The keys are found
// by reading lib/ statically, so a refusal added tomorrow is checked without anyone listing it here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS, AppError, type ErrorCode } from "@/lib/errors/app-error";
import { loadMessages, type Messages } from "@/lib/i18n/load-messages";
import { CLOCK_ERROR_CODES } from "@/lib/requests/clock/clock-error";
import { type ApiErrorBody, errorResponse, messageKeyCandidates } from "./respond";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LIB = path.join(ROOT, "lib");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts")
      ? [full]
      : [];
  });
}

/** The text between the parenthesis at `open` and its partner (strings are short here; brackets balance). */
function argumentsAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "(") depth++;
    else if (source[i] === ")" && --depth === 0) return source.slice(open + 1, i);
  }
  throw new Error(`unbalanced call at ${open}`);
}

type Raise = { file: string; code: ErrorCode; message: string | null; expression: string | null };

/** Field codes written literally in refusals (`fieldErrors: { year: ["reportYear"] }`): validation.<code>. */
const fieldCodes = new Set<string>();

/** Every `new AppError(CODE, { message })` and `super(CODE, { message })` of an AppError subclass in lib/. */
function raises(): Raise[] {
  const found: Raise[] = [];
  for (const file of sourceFiles(LIB)) {
    const source = readFileSync(file, "utf8");
    const relative = path.relative(ROOT, file);
    const subclass = /extends AppError\b/.test(source);
    for (const match of source.matchAll(subclass ? /new AppError\(|super\(/g : /new AppError\(/g)) {
      const args = argumentsAt(source, match.index + match[0].length - 1);
      const code = /^\s*"([A-Z_]+)"/.exec(args)?.[1];
      if (!code) continue;
      for (const fields of args.matchAll(/fieldErrors:\s*\{([^}]*)\}/g))
        for (const literal of fields[1].matchAll(/\[\s*"([A-Za-z.]+)"\s*\]/g)) fieldCodes.add(literal[1]);
      const message = /\bmessage:\s*(`[^`]*`|[^,}\n]+)/.exec(args)?.[1].trim() ?? null;
      // A literal, or a choice between literals (`a ? "x" : "y"`): the keys are in the call itself.
      const literals = message && /^(?:"[^"]+"|.+\?\s*"[^"]+"\s*:\s*"[^"]+")$/.test(message);
      const keys = literals ? [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]).slice(-2) : [];
      if (!literals) found.push({ file: relative, code: code as ErrorCode, message: null, expression: message });
      for (const key of keys) found.push({ file: relative, code: code as ErrorCode, message: key, expression: null });
    }
  }
  return found;
}

function functionBody(file: string, functionName: string): string {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const start = source.indexOf(`function ${functionName}(`);
  if (start < 0) throw new Error(`${functionName} not found in ${file}`);
  return source.slice(start, source.indexOf("\n}\n", start));
}

/** The string literals one function returns (the helpers that name a reason). */
function keysReturnedBy(file: string, functionName: string): string[] {
  return [...functionBody(file, functionName).matchAll(/\breturn\b[^;]*/g)].flatMap((statement) =>
    [...statement[0].matchAll(/"([a-z][A-Za-z]*(?:\.[A-Za-z]+)?)"/g)].map((m) => m[1]),
  );
}

/** The literals of one capability's keys (`replies.…`) written anywhere in a function. */
const capabilityKeysIn = (file: string, functionName: string, capability: string) =>
  [...functionBody(file, functionName).matchAll(new RegExp(`"(${capability}\\.[A-Za-z]+)"`, "g"))].map((m) => m[1]);

/**
 * Where a message is computed, the helper that computes it, read the same way. A new computed message fails
 * the test below until it is named here, so no reason escapes the check.
 */
const COMPUTED: Record<string, () => string[]> = {
  "lib/items/transition-revision.ts refusal": () => keysReturnedBy("lib/items/workflow.ts", "actorRefusal"),
  "lib/requests/replies/transition-reply.ts missing": () =>
    keysReturnedBy("lib/requests/replies/check-letter.ts", "missingAgencySetting"),
  "lib/requests/replies/check-letter.ts missing": () =>
    keysReturnedBy("lib/requests/replies/check-letter.ts", "missingAgencySetting"),
  "lib/requests/replies/check-letter.ts key": () =>
    capabilityKeysIn("lib/requests/replies/check-letter.ts", "checkLetter", "replies"),
  // lib/requests/clock-store.ts: the clock's own refusals, "clock.<CODE>".
  "lib/requests/clock-store.ts `${REFUSAL_PREFIX}${error.code}`": () => CLOCK_ERROR_CODES.map((c) => `clock.${c}`),
};

function lookUp(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const all = raises();
const reasons = new Map<string, ErrorCode>();
for (const raise of all) {
  if (raise.message) reasons.set(raise.message, raise.code);
  const computed = raise.expression ? COMPUTED[`${raise.file} ${raise.expression}`] : undefined;
  for (const key of computed?.() ?? []) reasons.set(key, raise.code);
}

describe("the API's error reasons", () => {
  it("finds the refusals of the use cases, computed ones included", () => {
    const unknown = all.filter((r) => r.expression && !COMPUTED[`${r.file} ${r.expression}`]);
    expect(unknown, "a computed AppError message: name its helper in COMPUTED").toEqual([]);
    // The known ones are found (the scan itself works).
    expect(reasons.get("replies.releasedFileRequired")).toBeDefined();
    expect(reasons.get("selfApproval")).toBe("FORBIDDEN");
    expect(reasons.get("replies.agencyCourtMissing")).toBe("VALIDATION");
    expect(reasons.get("clock.IN_FUTURE")).toBe("VALIDATION");
    expect(reasons.get("importRejected")).toBe("VALIDATION");
    expect(reasons.get("trackingThrottledAddress")).toBe("THROTTLED");
    expect(reasons.get("replies.letterWithoutCourt")).toBe("VALIDATION");
    expect(reasons.size).toBeGreaterThan(40);
  });

  for (const locale of ["zh-CN", "en"] as const) {
    it(`has a specific sentence for every reason in ${locale}`, () => {
      const messages = loadMessages(locale, ROOT);
      const generic = new Set(Object.keys(ERROR_STATUS).map((code) => lookUp(messages, `errors.${code}`)));
      const missing = [...reasons.keys()].filter((reason) => {
        const sentence = messageKeyCandidates(reason)
          .map((key) => lookUp(messages, key))
          .find(Boolean);
        return !sentence || generic.has(sentence);
      });
      expect(missing, `reasons without a sentence of their own in messages/${locale}`).toEqual([]);
    });
  }

  it("has a sentence for every field code the refusals name, in both languages", () => {
    expect(fieldCodes.size).toBeGreaterThan(20);
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = loadMessages(locale, ROOT);
      const missing = [...fieldCodes].filter((key) => !lookUp(messages, `validation.${key}`));
      expect(missing, `field codes without validation.<code> in ${locale}`).toEqual([]);
    }
  });

  it("answers each reason with its key and its sentence, in the language asked for", async () => {
    const zh = loadMessages("zh-CN", ROOT);
    for (const [reason, code] of reasons) {
      // The sentence's own placeholders ({minutes}, {name}…), each given a value.
      const sentence =
        messageKeyCandidates(reason)
          .map((key) => lookUp(zh, key))
          .find(Boolean) ?? "";
      const params = Object.fromEntries([...sentence.matchAll(/\{(\w+)/g)].map((m) => [m[1], 1]));
      for (const [query, genericSentence] of [
        ["", "内容与已有记录冲突"],
        ["?lang=en", "conflicts with an existing record"],
      ] as const) {
        const response = errorResponse(
          new AppError(code, { message: reason, params }),
          new Request(`http://localhost/api/v1/x${query}`),
        );
        expect(response.status).toBe(ERROR_STATUS[code]);
        const { error } = (await response.json()) as ApiErrorBody;
        expect(error).toMatchObject({ code, reason });
        expect(error.message, reason).not.toContain(genericSentence);
        expect(error.message, reason).not.toContain(reason.split(".").pop());
        if (query) expect(error.message, reason).not.toMatch(/^[\u4e00-\u9fff]/);
        else expect(error.message, reason).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("says why a 予以公开 reply cannot go without its file, in words and as a key", async () => {
    const response = errorResponse(
      new AppError("CONFLICT", { message: "replies.releasedFileRequired" }),
      new Request("http://localhost/api/v1/x", { headers: { "accept-language": "zh-CN" } }),
    );
    const { error } = (await response.json()) as ApiErrorBody;
    expect(error.reason).toBe("replies.releasedFileRequired");
    expect(error.message).not.toBe("内容与已有记录冲突，请检查后重试。");
    // A bare code has no reason: the field is absent, the code's sentence stays.
    const bare = (await errorResponse(
      new AppError("NOT_FOUND"),
      new Request("http://localhost/x"),
    ).json()) as ApiErrorBody;
    expect(bare.error).toEqual({ code: "NOT_FOUND", message: "您要找的内容不存在，或您无权查看。" });
  });
});
