// Stored requests keep the state and due date their events gave under the rules of the day they were saved.
// When the clock's rules change (issue 18: the old 条例's 15 days, a late 补正 that no longer restarts the
// period, the third party's 15-working-day cap, statutory holidays of unpublished years), this recomputes
// them from the events — open requests by default, concluded ones only on request (a published annual
// report keeps its frozen figures either way). Each change is audited (request.clock_recomputed).
import { db } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import { clockOf } from "./clock-store";

export type ClockRecomputation = {
  trackingCode: string;
  dueOn: { from: string | null; to: string | null };
  state: { from: string; to: string };
  correctionNoticeLate: { from: boolean; to: boolean };
};

export async function recomputeStoredClocks(
  options: { includeClosed?: boolean; dryRun?: boolean } = {},
): Promise<{ checked: number; changed: ClockRecomputation[]; unreadable: string[] }> {
  const calendar = await loadWorkingCalendar();
  const requests = await db.infoRequest.findMany({
    where: options.includeClosed ? {} : { state: { not: "CLOSED" } },
    orderBy: { receivedOn: "asc" },
    select: {
      id: true,
      agencyId: true,
      trackingCode: true,
      state: true,
      dueOn: true,
      dueProvisional: true,
      correctionNoticeLate: true,
      events: { orderBy: [{ on: "asc" }, { createdAt: "asc" }], select: { kind: true, on: true, data: true } },
    },
  });
  const changed: ClockRecomputation[] = [];
  const unreadable: string[] = [];
  for (const request of requests) {
    let clock: ReturnType<typeof clockOf>;
    try {
      clock = clockOf(request.events, calendar);
    } catch {
      unreadable.push(request.trackingCode); // left as stored; the console shows it as unreadable
      continue;
    }
    const from = request.dueOn ? fromDbDate(request.dueOn) : null;
    const same =
      from === clock.dueDate &&
      request.state === clock.state &&
      request.dueProvisional === clock.provisional &&
      request.correctionNoticeLate === clock.correctionNoticeLate;
    if (same) continue;
    const change: ClockRecomputation = {
      trackingCode: request.trackingCode,
      dueOn: { from, to: clock.dueDate },
      state: { from: request.state, to: clock.state },
      correctionNoticeLate: { from: request.correctionNoticeLate, to: clock.correctionNoticeLate },
    };
    changed.push(change);
    if (options.dryRun) continue;
    await db.$transaction(async (tx) => {
      await tx.infoRequest.update({
        where: { id: request.id },
        data: {
          state: clock.state,
          dueOn: clock.dueDate ? toDbDate(clock.dueDate) : null,
          dueProvisional: clock.provisional,
          correctionNoticeLate: clock.correctionNoticeLate,
        },
      });
      await recordAudit(tx, {
        type: "request.clock_recomputed",
        actor: { id: null, label: "cli recompute-clocks" },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { dueOnBefore: change.dueOn.from, dueOnAfter: change.dueOn.to, state: clock.state },
      });
    });
  }
  return { checked: requests.length, changed, unreadable };
}
