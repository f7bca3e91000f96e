// The clock of a stored request: its RequestEvent rows become clock events (lib/requests/clock), and the
// derived state and due date are written back on the request for queues — inside the caller's transaction.
import type { Tx } from "@/lib/db";
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { toDbDate } from "@/lib/calendar/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestEventKind, RequestOutcome } from "@/lib/generated/prisma/enums";
import { computeClock, type ClockEvent, type ClockResult } from "./clock/compute-clock";
import { isClockSequenceError } from "./clock/clock-error";

export type StoredEvent = { kind: RequestEventKind; on: Date; data: unknown };

type EventData = {
  applicantDeadline?: string;
  party?: "THIRD_PARTY" | "AGENCY";
  ref?: string;
  paymentDeadline?: string;
  workingDays?: number;
};

export function toClockEvent(event: { kind: RequestEventKind; on: CalendarDate; data: EventData }): ClockEvent {
  const { kind, on, data } = event;
  switch (kind) {
    case "CORRECTION_NOTICE":
      return {
        kind,
        on,
        ...(data.applicantDeadline ? { applicantDeadline: data.applicantDeadline as CalendarDate } : {}),
      };
    case "CONSULTATION_STARTED":
      return { kind, on, party: data.party ?? "THIRD_PARTY", ...(data.ref ? { ref: data.ref } : {}) };
    case "CONSULTATION_ENDED":
      return { kind, on, ...(data.party ? { party: data.party } : {}), ...(data.ref ? { ref: data.ref } : {}) };
    case "FEE_NOTICE":
      return { kind, on, paymentDeadline: data.paymentDeadline as CalendarDate };
    case "EXTENSION_APPROVED":
      return { kind, on, workingDays: Number(data.workingDays) };
    default:
      return { kind, on };
  }
}

export function clockOf(events: readonly StoredEvent[], calendar: WorkingCalendar): ClockResult {
  return computeClock(
    events.map((e) => toClockEvent({ kind: e.kind, on: fromDbDate(e.on), data: (e.data ?? {}) as EventData })),
    calendar,
  );
}

/** Computes the clock with `next` appended, refusing (VALIDATION, with the rule broken) an impossible sequence. */
export function clockWith(events: readonly StoredEvent[], next: StoredEvent, calendar: WorkingCalendar): ClockResult {
  try {
    return clockOf([...events, next], calendar);
  } catch (error) {
    if (isClockSequenceError(error))
      throw new AppError("VALIDATION", {
        message: `clock.${error.code}`,
        fieldErrors: { on: [`clockError.${error.code}`] },
      });
    throw error;
  }
}

/**
 * Writes the derived state and due date on the request row, with the outcome when the step ends the
 * request (the database refuses a concluded request without its outcome and date).
 */
export async function saveClock(
  tx: Tx,
  requestId: string,
  clock: ClockResult,
  conclusion?: { outcome: RequestOutcome; concludedOn: CalendarDate },
) {
  await tx.infoRequest.update({
    where: { id: requestId },
    data: {
      state: clock.state,
      dueOn: clock.dueDate ? toDbDate(clock.dueDate) : null,
      dueProvisional: clock.provisional,
      ...(conclusion ? { outcome: conclusion.outcome, concludedOn: toDbDate(conclusion.concludedOn) } : {}),
    },
  });
}

/** Loads the request's events in order, locking the request row so two events never interleave. */
export async function lockedEvents(tx: Tx, requestId: string): Promise<StoredEvent[]> {
  await tx.$queryRaw`SELECT id FROM info_request WHERE id = ${requestId}::uuid FOR UPDATE`;
  return tx.requestEvent.findMany({
    where: { requestId },
    orderBy: [{ on: "asc" }, { createdAt: "asc" }],
    select: { kind: true, on: true, data: true },
  });
}

/**
 * Appends one event to a request's clock inside the caller's transaction: locks the request, refuses an
 * event the clock cannot accept (VALIDATION, naming the rule), stores it, and writes the derived state
 * and due date — with the outcome when the event ends the request. Every clock step goes through here.
 */
export async function appendClockEvent(
  tx: Tx,
  calendar: WorkingCalendar,
  event: {
    requestId: string;
    kind: RequestEventKind;
    on: CalendarDate;
    data?: Record<string, unknown>;
    actorId: string | null;
  },
  conclusion?: { outcome: RequestOutcome; concludedOn: CalendarDate },
): Promise<ClockResult> {
  const data = event.data ?? {};
  const events = await lockedEvents(tx, event.requestId);
  const clock = clockWith(events, { kind: event.kind, on: toDbDate(event.on), data }, calendar);
  await tx.requestEvent.create({
    data: {
      requestId: event.requestId,
      kind: event.kind,
      on: toDbDate(event.on),
      data: data as Prisma.InputJsonValue,
      actorId: event.actorId,
    },
  });
  await saveClock(tx, event.requestId, clock, conclusion);
  return clock;
}
