"use server";
// Server actions of the report workspace. Each checks the user itself; the use cases check the permission in
// the report's agency (scope: another agency's report is not found), the report's status and who may act.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { type FormWork, runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { approveReport } from "@/lib/reports/approve-report";
import { returnReport } from "@/lib/reports/return-report";
import { setManualFigure } from "@/lib/reports/set-manual-figure";
import { startCorrection } from "@/lib/reports/start-correction";
import { submitReport } from "@/lib/reports/submit-report";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";

const fields = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData].flatMap(([k, v]) => (!k.startsWith("$") && typeof v === "string" ? [[k, v]] : [])));

async function run(reportId: string, formData: FormData, work: FormWork) {
  const state = await runFormAction(formData, work);
  if (state.ok) {
    revalidatePath(`/console/reports/${reportId}`);
    revalidatePath("/console/reports");
  }
  return state;
}

export async function saveNarrativeAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await updateReportNarrative({ user: await requireUser(), reportId, input: fields(formData) });
    return { ok: true, message: "consoleReports.narrative.saved", values: fields(formData) };
  });
}

export async function setFigureAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await setManualFigure({ user: await requireUser(), reportId, input: fields(formData) });
    return { ok: true, message: "consoleReports.figures.saved" };
  });
}

export async function submitReportAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await submitReport({ user: await requireUser(), reportId, input: fields(formData) });
    return { ok: true, message: "consoleReports.actions.done.submitted" };
  });
}

export async function returnReportAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await returnReport({ user: await requireUser(), reportId, input: fields(formData) });
    return { ok: true, message: "consoleReports.actions.done.returned" };
  });
}

export async function approveReportAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await approveReport({ user: await requireUser(), reportId });
    return { ok: true, message: "consoleReports.actions.done.approved" };
  });
}

export async function correctReportAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return run(reportId, formData, async () => {
    await startCorrection({ user: await requireUser(), reportId, input: fields(formData) });
    return { ok: true, message: "consoleReports.actions.done.correcting" };
  });
}
