// The calendar's own field errors live under calendar.validation.* in both message files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CALENDAR_VALIDATION_KEYS } from "./schemas";

const root = path.resolve(import.meta.dirname, "../..");
type Messages = { [key: string]: string | Messages };

describe("calendar messages", () => {
  it.each(["zh-CN", "en"])("%s has a sentence for every calendar field error", (locale) => {
    const messages = JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")) as Messages;
    const section = (messages.calendar as Messages).validation as Messages;
    for (const key of CALENDAR_VALIDATION_KEYS) expect(typeof section[key], key).toBe("string");
  });
});
