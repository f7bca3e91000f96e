// English that reads as English: no Chinese punctuation in English text, and Chinese characters only where a
// Chinese term is kept on purpose — beside its English name in parentheses ("Staff (经办人)"), or where the
// user must type or recognise the Chinese itself (examples of 文号, dates, import values), listed below by key.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, type Messages } from "./load-messages";

const root = path.resolve(import.meta.dirname, "../..");
const english = loadMessages("en", root);

function entries(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const HAN = "\\u3400-\\u9fff";
/** A run of Chinese: Han characters with the digits and Chinese punctuation between them (元商务〔2018〕5号, 2012年度报告（纸质）). */
const CHINESE_RUN = new RegExp(`[${HAN}][${HAN}\\u3000-\\u303f\\uff00-\\uffef\\d]*`, "g");
/** Chinese punctuation that must not appear in English sentences. */
const CJK_PUNCTUATION = /[，。：；（）「」『』！？、〔〕《》【】]/;
/** A Chinese term in parentheses beside its English name: "Administrative review body (复议机关)". */
const GLOSS = new RegExp(`\\([^()]*[${HAN}][^()]*\\)`, "g");

/** Where Chinese is part of what the English text says, and why. */
const CHINESE_ALLOWED: Record<string, string> = {
  "common.languages.zh-CN": "a language is named in its own language in the switcher",
  "console.agencies.reviewBodyHint": "an example of the official name to enter",
  "console.agencies.courtHint": "an example of the official name to enter",
  "console.agencies.letterNumberPrefixHint": "examples of a 文号 as it is printed",
  "console.users.rolesSavedWithWarning": "role names as the law's tiered review names them",
  "console.users.combinedRolesWarning": "role names as the law's tiered review names them",
  "validation.importDate": "a date format the import accepts",
  "validation.importGenreUnknown": "the values the import accepts",
  "validation.importDocumentKindUnknown": "the values the import accepts",
  "validation.importChannelUnknown": "the values the import accepts, and their separator 、",
  "validation.importValidityUnknown": "the values the import accepts",
  "validation.importHistoricalOnly": "column names of the Chinese import template",
  "calendar.intro": "the official name of a working weekend day",
  "calendar.add.noteHint": "an example of the State Council notice's 文号",
  "calendar.confirm.noteHint": "an example of the State Council notice's 文号",
  "items.fields.documentNumberHint": "an example of a 文号 and its brackets",
  "catalogue.intro": "the official name of the review step",
  "itemImport.templateHint": "date formats and the separator 、 the import accepts",
  "complaints.intro": "the official names of the two kinds",
  "console.site.icpNumberHint": "examples of an ICP filing number as the registry issues it",
  "console.site.publicSecurityNumberHint": "an example of a public security filing number as issued",
  "validation.icpNumber": "examples of an ICP filing number as the registry issues it",
  "validation.publicSecurityNumber": "an example of a public security filing number as issued",
  "consoleReports.format.TRIAL_2019": "the official document that set the format",
  "consoleReports.format.GOV_2021": "the official document that set the format",
  "requestPortal.form.documentHintExample": "an example of a 文号",
  "requestPortal.events.CORRECTION_NOTICE": "the law's own sentence, quoted beside its English",
  "requestPortal.events.CORRECTION_NOTICE_NO_DEADLINE": "the law's own sentence, quoted beside its English",
  "replies.fee.intro": "the official document that sets the fees",
  "replies.templates.remedies": "the words a template must contain",
  "validation.letterNumberPrefix": "an example prefix",
  "reportHistory.intro": "the column names of the paper report",
  "reportHistory.sourceHint": "an example of a source as staff write it",
  "search.placeholder": "examples of Chinese search words",
  "replies.templates.variants": "the Chinese placeholders a template contains",
};

/** Where a Chinese punctuation mark is itself the subject of the sentence (what to type), and why. */
const PUNCTUATION_NAMED = new Set([
  "validation.importChannelUnknown", // the separator 、 the import accepts
  "itemImport.templateHint", // the separator 、 the import accepts
  "items.fields.documentNumberHint", // the brackets 〔〕 a 文号 is normalised to
]);

const all = entries(english);

describe("the English catalogue", () => {
  it("has no Chinese punctuation in English text (Chinese quoted inside a Chinese term keeps its own)", () => {
    const offending = all
      .filter(([key]) => !PUNCTUATION_NAMED.has(key))
      .filter(([, value]) => CJK_PUNCTUATION.test(value.replace(CHINESE_RUN, "")))
      .map(([key, value]) => `${key}: ${value}`);
    expect(offending).toEqual([]);
  });

  it("has Chinese characters only beside an English name or where listed on purpose", () => {
    const offending = all
      .filter(([key]) => !(key in CHINESE_ALLOWED))
      .filter(([, value]) => new RegExp(`[${HAN}]`).test(value.replace(GLOSS, "")))
      .map(([key, value]) => `${key}: ${value}`);
    expect(offending).toEqual([]);
  });

  it("lists no key on purpose that does not exist or has no Chinese any more", () => {
    const byKey = new Map(all);
    const stale = Object.keys(CHINESE_ALLOWED).filter((key) => !new RegExp(`[${HAN}]`).test(byKey.get(key) ?? ""));
    expect(stale).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    expect(CJK_PUNCTUATION.test("Saved，thank you".replace(CHINESE_RUN, ""))).toBe(true);
    expect(CJK_PUNCTUATION.test("e.g. 元商务〔2018〕5号".replace(CHINESE_RUN, ""))).toBe(false);
    expect(new RegExp(`[${HAN}]`).test("Staff (经办人)".replace(GLOSS, ""))).toBe(false);
    expect(new RegExp(`[${HAN}]`).test("经办人 must sign".replace(GLOSS, ""))).toBe(true);
  });
});
