// The public URLs of a report, in one place for the portal, the PDF and the open-data JSON.
import type { ReportScope } from "@/lib/reports/types";

type Target = { agencyCode: string; year: number; scope?: ReportScope; version?: number };

function query(target: Target) {
  const params = new URLSearchParams();
  if (target.scope === "COMBINED") params.set("scope", "combined");
  if (target.version !== undefined) params.set("version", String(target.version));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const agencyReportsHref = (agencyCode: string) => `/reports/${encodeURIComponent(agencyCode)}`;
export const reportHref = (target: Target) => `${agencyReportsHref(target.agencyCode)}/${target.year}${query(target)}`;
export const reportPdfHref = (target: Target) =>
  `${agencyReportsHref(target.agencyCode)}/${target.year}/pdf${query(target)}`;
export const reportExplanationHref = (target: Omit<Target, "version">) =>
  `${agencyReportsHref(target.agencyCode)}/${target.year}/explanation${query(target)}`;
export const reportApiHref = (target: Target & { legacy?: boolean }) => {
  const params = new URLSearchParams(query(target).slice(1));
  if (target.legacy) params.set("format", "legacy");
  const text = params.toString();
  return `/api/v1/agencies/${encodeURIComponent(target.agencyCode)}/reports/${target.year}${text ? `?${text}` : ""}`;
};
