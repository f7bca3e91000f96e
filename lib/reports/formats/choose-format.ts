// Three formats have been in force; a report is printed in the one of its year (DOMAIN §4).
import type { ReportFormat } from "../types";

/** The 条例 took effect in 2008: the first report year. */
export const FIRST_REPORT_YEAR = 2008;

export function formatForYear(year: number): ReportFormat {
  if (year <= 2018) return "LEGACY_2008";
  if (year <= 2020) return "TRIAL_2019"; // 国办公开办函〔2019〕60号: the 2019 and 2020 reports
  return "GOV_2021"; // 国办公开办函〔2021〕30号
}

/** The layout of 表二/三/四 for a year (years of the older format are also shown in today's layout). */
export function currentFormatForYear(year: number): "TRIAL_2019" | "GOV_2021" {
  return formatForYear(year) === "TRIAL_2019" ? "TRIAL_2019" : "GOV_2021";
}
