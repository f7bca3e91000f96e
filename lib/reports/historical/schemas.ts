// One year of historical figures as entered in the console (or built from a CSV import): the year, where
// the numbers come from, and 本年 / 历年累计 for every row of the older format.
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsFromZod, zRequiredText } from "@/lib/forms/validation";
import { plainText } from "@/lib/items/render-body";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";

/** A count as typed: a whole number ≥ 0 (empty is "required", anything else "historicalCount"). */
export const zCount = z.unknown().transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (text === "") {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  if (!/^\d{1,9}$/.test(text)) {
    ctx.addIssue({ code: "custom", message: "historicalCount" });
    return z.NEVER;
  }
  return Number(text);
});

export const zHistoricalYear = z.unknown().transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^\d{4}$/.test(text)) {
    ctx.addIssue({ code: "custom", message: text === "" ? "required" : "historicalYear" });
    return z.NEVER;
  }
  return Number(text);
});

/** Where the figures come from, e.g. “2012年度报告（纸质）”. */
export const zHistoricalSource = zRequiredText(300).transform(plainText);

const cell = z.object({ thisYear: zCount, cumulative: zCount });

/** Every row key is required: an opening balance with a missing row would silently count as 0. */
export const ZHistoricalYearInput = z.object({
  year: zHistoricalYear,
  source: zHistoricalSource,
  figures: z.object(Object.fromEntries(LEGACY_ROW_KEYS.map((key) => [key, cell]))),
});
export type THistoricalYearInput = z.infer<typeof ZHistoricalYearInput>;

/** The form's field name of a cell, e.g. `figures.proactive.total.cumulative` (also the field-error key). */
export const cellFieldName = (key: string, column: "thisYear" | "cumulative") => `figures.${key}.${column}`;

/** Form fields (flat names as above) as the nested input the schema reads. */
export function historicalInputFromForm(fields: Record<string, string>): unknown {
  const figures: Record<string, Record<string, string>> = {};
  for (const key of LEGACY_ROW_KEYS) {
    figures[key] = {
      thisYear: fields[cellFieldName(key, "thisYear")] ?? "",
      cumulative: fields[cellFieldName(key, "cumulative")] ?? "",
    };
  }
  return { year: fields.year ?? "", source: fields.source ?? "", figures };
}

/** This module's own message keys (validation.*), which the shared parser would turn into "invalid". */
const OWN_KEYS = new Set(["historicalCount", "historicalYear"]);

/** Parses a year's input, or throws VALIDATION with every field's message keys (this module's included). */
export function parseHistoricalYearInput(input: unknown): THistoricalYearInput {
  const parsed = ZHistoricalYearInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsFromZod(parsed.error);
  for (const issue of parsed.error.issues) {
    if (!OWN_KEYS.has(issue.message)) continue;
    const field = issue.path.map(String).join(".");
    fieldErrors[field] = fieldErrors[field].map((key) => (key === "invalid" ? issue.message : key));
  }
  throw new AppError("VALIDATION", { fieldErrors });
}
