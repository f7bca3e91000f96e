// One row of an import file, validated with the item draft's own field rules where they apply
// (plain-text metadata, 文号 normalised to 〔〕, keywords, lengths) plus what only imports have:
// 发布日期, 索引号, 有效性, and vocabulary written as the official Chinese words.
import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { zText } from "@/lib/forms/validation";
import { plainText } from "../render-body";
import { ZItemDraft } from "../schemas";
import { SUBJECT_CATEGORIES, SUBJECT_CATEGORY_CODES, type SubjectCategoryCode } from "../vocabulary";
import { CHANNEL_NAMES, DOCUMENT_KIND_NAMES, fromName, GENRE_NAMES, VALIDITY_NAMES } from "./columns";

/**
 * A date as agencies type it: 2017-06-01, 2017-6-1, 2017/6/1, 2017.6.1 or 2017年6月1日 (Excel date cells
 * arrive as 2017-06-01). Null when it is not a real date.
 */
export function parseImportDate(text: string): CalendarDate | null {
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return null;
  const value = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
  return isCalendarDate(value) ? value : null;
}

const requiredDate = z
  .string()
  .trim()
  .min(1, "required")
  .transform((text, ctx) => {
    const date = parseImportDate(text);
    if (!date) ctx.addIssue({ code: "custom", message: "importDate" });
    return date ?? ("" as CalendarDate);
  });
const optionalDate = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    const date = parseImportDate(text);
    if (!date) ctx.addIssue({ code: "custom", message: "importDate" });
    return date;
  });

/** A vocabulary cell: the official Chinese word, refused with `message` otherwise; `fallback` when empty. */
function zVocabulary<T extends string>(names: Record<T, string>, message: string, fallback?: NoInfer<T>) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === "" && fallback) return fallback;
      if (text === "") {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      const value = fromName(names, text);
      if (!value) ctx.addIssue({ code: "custom", message, params: { value: text } });
      return value ?? z.NEVER;
    });
}

/** 主题分类: the two-digit code (Excel may have dropped the leading zero) or the official name. */
const zSubject = z
  .string()
  .trim()
  .min(1, "required")
  .transform((text, ctx) => {
    const code = /^\d{1,2}$/.test(text) ? text.padStart(2, "0") : undefined;
    const byCode =
      code && SUBJECT_CATEGORY_CODES.includes(code as SubjectCategoryCode) ? (code as SubjectCategoryCode) : undefined;
    const value = byCode ?? SUBJECT_CATEGORY_CODES.find((c) => SUBJECT_CATEGORIES[c] === text);
    if (!value) ctx.addIssue({ code: "custom", message: "importSubjectUnknown", params: { value: text } });
    return value ?? z.NEVER;
  });

/** 公开方式: one or more channel names separated by 、，, or ；. */
const zChannels = z
  .string()
  .trim()
  .min(1, "required")
  .transform((text, ctx) => {
    const names = [
      ...new Set(
        text
          .split(/[、，,;；\s]+/)
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = names.filter((n) => !fromName(CHANNEL_NAMES, n));
    if (unknown.length)
      ctx.addIssue({ code: "custom", message: "importChannelUnknown", params: { value: unknown.join("、") } });
    return names.map((n) => fromName(CHANNEL_NAMES, n)).filter((c) => c !== undefined);
  });

/** 目录分类: "名称" for a top-level category or "父/子" for a child; resolved against the agency's tree later. */
const zCategoryPath = zText(300).transform((text) =>
  plainText(text)
    .split(/[/／]/)
    .map((part) => part.trim())
    .filter(Boolean),
);

export const ZImportRow = z
  .object({
    title: ZItemDraft.shape.title,
    documentNumber: ZItemDraft.shape.documentNumber,
    writtenOn: requiredDate,
    // Required for historical imports only (import-items.ts): other items get theirs when approved.
    publishedOn: optionalDate,
    indexNumber: zText(64).transform(plainText),
    subjectCategory: zSubject,
    catalogueCategory: zCategoryPath,
    genre: zVocabulary(GENRE_NAMES, "importGenreUnknown"),
    documentKind: zVocabulary(DOCUMENT_KIND_NAMES, "importDocumentKindUnknown", "OTHER"),
    channels: zChannels,
    validity: zVocabulary(VALIDITY_NAMES, "importValidityUnknown", "VALID"),
    validityChangedOn: optionalDate,
    keywords: ZItemDraft.shape.keywords,
    summary: ZItemDraft.shape.summary,
    bodyMarkdown: ZItemDraft.shape.bodyMarkdown,
  })
  .superRefine((row, ctx) => {
    // 成文日期 ≤ 发布日期: a document is published after it is written.
    if (row.writtenOn && row.publishedOn && row.writtenOn > row.publishedOn) {
      ctx.addIssue({ code: "custom", path: ["writtenOn"], message: "importWrittenAfterPublished" });
    }
    // (Guarded on real values: a cell refused above leaves nothing to compare.)
    if ((row.validity === "REPEALED" || row.validity === "EXPIRED") && !row.validityChangedOn) {
      ctx.addIssue({ code: "custom", path: ["validityChangedOn"], message: "importValidityDateRequired" });
    }
    if (row.validity === "VALID" && row.validityChangedOn) {
      ctx.addIssue({ code: "custom", path: ["validityChangedOn"], message: "importValidityDateUnexpected" });
    }
    if (row.validityChangedOn && row.publishedOn && row.validityChangedOn < row.publishedOn) {
      ctx.addIssue({ code: "custom", path: ["validityChangedOn"], message: "importValidityDateBeforePublished" });
    }
  });
export type TImportRow = z.infer<typeof ZImportRow>;
