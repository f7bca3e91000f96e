// Console API: 更正 — reopen a published report as a draft for a new version, with { reason }.
import { reportStepRoute } from "@/lib/api/report-step-route";
import { startCorrection } from "@/lib/reports/start-correction";

export const POST = reportStepRoute(startCorrection);
