// The two message files must say the same things: a key missing in one language shows a raw key to users.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { loadMessages } from "./load-messages";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITY_TYPES, AUDIT_EVENT_TYPES } from "@/lib/audit/events";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { VALIDATION_KEYS } from "@/lib/forms/validation";
import { ROLES } from "@/lib/auth/roles";
import type { SignInErrorCode } from "@/lib/auth/verify-credentials";

const root = path.resolve(import.meta.dirname, "../..");
type Messages = { [key: string]: string | Messages };
// The same loader the app uses: messages/<locale>.json merged with messages/<locale>/*.json.
const load = (locale: string) => loadMessages(locale, root) as Messages;
const catalogues = { "zh-CN": load("zh-CN"), en: load("en") };

function flatKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`),
  );
}

/** Resolves `key` the way the UI does (next-intl: dots express nesting); undefined when it has no message. */
function lookup(messages: Messages, key: string): string | undefined {
  // The catalogue is data read at run time, so the translator is untyped here.
  const t = createTranslator({ locale: "zh-CN", messages, onError: () => {} }) as unknown as {
    has: (key: string) => boolean;
    raw: (key: string) => unknown;
  };
  if (!t.has(key)) return undefined;
  const value = t.raw(key);
  return typeof value === "string" ? value : undefined;
}

/** Keys that next-intl cannot address (it reports INVALID_KEY): a dot inside a key means nesting. */
function keysWithDots(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => [
    ...(key.includes(".") ? [`${prefix}${key}`] : []),
    ...(typeof value === "string" ? [] : keysWithDots(value, `${prefix}${key} › `)),
  ]);
}

/** Keys used in the source of lib/ as field errors: `fieldErrors: { field: ["key"] }`. */
function fieldErrorKeysInLib(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) files.push(full);
    }
  };
  walk(path.join(root, "lib"));
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/fieldErrors:\s*\{\s*[\w]+:\s*\[([^\]]*)\]/g)) {
      for (const key of match[1].matchAll(/"([^"]+)"/g)) keys.add(key[1]);
    }
  }
  return [...keys];
}

describe("message catalogues", () => {
  it("zh-CN and en have exactly the same keys", () => {
    const zh = flatKeys(catalogues["zh-CN"]).sort();
    const en = flatKeys(catalogues.en).sort();
    expect(
      zh.filter((k) => !en.includes(k)),
      "keys only in zh-CN",
    ).toEqual([]);
    expect(
      en.filter((k) => !zh.includes(k)),
      "keys only in en",
    ).toEqual([]);
  });

  it("no message is empty", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const empty = flatKeys(messages).filter(
        (k) => k.split(".").reduce<unknown>((n, p) => (n as Messages)?.[p], messages) === "",
      );
      expect(empty, locale).toEqual([]);
    }
  });

  it("no key contains a dot (next-intl reads dots as nesting, so such a message can never be shown)", () => {
    for (const [locale, messages] of Object.entries(catalogues)) expect(keysWithDots(messages), locale).toEqual([]);
  });

  const THROWN_FIELD_ERROR_KEYS = [
    "agencyCodeTaken",
    "parentCycle",
    "emailTaken",
    "cannotChangeOwnRoles",
    "wrongPassword",
    "passwordUnchanged",
  ];

  it("the scan of lib/ finds the field-error keys it should (so the next test means something)", () => {
    expect(fieldErrorKeysInLib()).toEqual(expect.arrayContaining(THROWN_FIELD_ERROR_KEYS));
  });

  const required: [string, string[]][] = [
    ["validation keys of the schemas", VALIDATION_KEYS.map((k) => `validation.${k}`)],
    [
      "field errors thrown in lib/",
      [...new Set([...THROWN_FIELD_ERROR_KEYS, ...fieldErrorKeysInLib()])].map((k) => `validation.${k}`),
    ],
    ["audit event types", AUDIT_EVENT_TYPES.map((t) => `console.audit.types.${t}`)],
    ["audit entity types", AUDIT_ENTITY_TYPES.map((t) => `console.audit.entities.${t}`)],
    ["error codes", Object.keys(ERROR_STATUS).map((c) => `errors.${c}`)],
    ["error sentences passed as AppError messages", ["errors.otherAgencyUser", "errors.cannotDeactivateSelf"]],
    [
      "sign-in errors",
      (
        [
          "INVALID_CREDENTIALS",
          "DEACTIVATED",
          "DEMO_PASSWORD_REFUSED",
          "THROTTLED_ACCOUNT",
          "THROTTLED_ADDRESS",
        ] satisfies SignInErrorCode[]
      ).map((c) => `auth.errors.${c}`),
    ],
    ["roles", ROLES.map((r) => `roles.${r}`)],
  ];

  it.each(required)("%s have a message in both languages", (_what, keys) => {
    expect(keys.length).toBeGreaterThan(0);
    for (const [locale, messages] of Object.entries(catalogues)) {
      const missing = keys.filter((k) => typeof lookup(messages, k) !== "string");
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });

  it("the throttling messages can show the minutes left", () => {
    for (const messages of Object.values(catalogues)) {
      expect(lookup(messages, "auth.errors.THROTTLED_ACCOUNT")).toContain("{minutes}");
      expect(lookup(messages, "auth.errors.THROTTLED_ADDRESS")).toContain("{minutes}");
    }
  });
});
