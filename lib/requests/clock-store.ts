// The clock of a stored request: its RequestEvent rows become clock events (lib/requests/clock), and the
// derived state and due date are written back on the request for queues — inside the caller's transaction.
import { db, type Tx } from "@/lib/db";
import { chinaToday, fromDbDate, toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import type { WorkingCalendar } from "@/lib/calendar/working-calendar";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestEventKind, RequestOutcome } from "@/lib/generated/prisma/enums";
import { computeClock, type ClockEvent, type ClockOptions, type ClockResult } from "./clock/compute-clock";
import { isClockSequenceError } from "./clock/clock-error";
import { CLOCK_RULES } from "./clock/clock-rules";

export type StoredEvent = { kind: RequestEventKind; on: Date; data: unknown };

type EventData = {
  applicantDeadline?: string;
  party?: "THIRD_PARTY" | "AGENCY";
  ref?: string;
  paymentDeadline?: string;
  workingDays?: number;
  /** CONSULTATION_STARTED: the day the third party received the 征求意见书. */
  deliveredOn?: string;
  /** FEE_NOTICE: the day the applicant received the notice. */
  receivedOn?: string;
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
      return {
        kind,
        on,
        party: data.party ?? "THIRD_PARTY",
        ...(data.ref ? { ref: data.ref } : {}),
        ...(data.deliveredOn ? { deliveredOn: data.deliveredOn as CalendarDate } : {}),
      };
    case "CONSULTATION_ENDED":
      return { kind, on, ...(data.party ? { party: data.party } : {}), ...(data.ref ? { ref: data.ref } : {}) };
    case "FEE_NOTICE":
      return {
        kind,
        on,
        paymentDeadline: data.paymentDeadline as CalendarDate,
        ...(data.receivedOn ? { receivedOn: data.receivedOn as CalendarDate } : {}),
      };
    case "EXTENSION_APPROVED":
      return { kind, on, workingDays: Number(data.workingDays) };
    default:
      return { kind, on };
  }
}

/**
 * The clock of stored events. Pages pass `asOf: today` so an open consultation is counted up to today (and a
 * third party's 15 working days are seen to have passed); use cases pass `today` to refuse a future event.
 */
export function clockOf(
  events: readonly StoredEvent[],
  calendar: WorkingCalendar,
  options: ClockOptions = {},
): ClockResult {
  return computeClock(
    events.map((e) => toClockEvent({ kind: e.kind, on: fromDbDate(e.on), data: (e.data ?? {}) as EventData })),
    calendar,
    CLOCK_RULES,
    options,
  );
}

/** Form field names of a use case whose fields are not named as the clock's (e.g. the fee notice's noticedOn). */
export type ClockFieldNames = Partial<
  Record<"on" | "applicantDeadline" | "paymentDeadline" | "deliveredOn" | "receivedOn" | "workingDays", string>
>;

/** A clock refusal's message key prefix: the use cases audit refusals that carry it (request.event_refused). */
const REFUSAL_PREFIX = "clock.";

/**
 * Computes the clock with `next` appended, refusing (VALIDATION, with the rule broken, the sentence's values
 * and the field concerned) an impossible sequence or a date after today.
 */
export function clockWith(
  events: readonly StoredEvent[],
  next: StoredEvent,
  calendar: WorkingCalendar,
  options: ClockOptions & { fields?: ClockFieldNames } = {},
): ClockResult {
  try {
    return clockOf([...events, next], calendar, { today: options.today });
  } catch (error) {
    if (isClockSequenceError(error)) {
      const field = options.fields?.[error.field as keyof ClockFieldNames] ?? error.field;
      throw new AppError("VALIDATION", {
        message: `${REFUSAL_PREFIX}${error.code}`,
        fieldErrors: { [field]: [`clockError.${error.code}`] },
        params: error.params,
      });
    }
    throw error;
  }
}

/**
 * Runs a use case that appends a clock event; when the clock refuses the step, writes request.event_refused
 * to the audit log — outside the rolled-back transaction, so the attempt stays on record — and rethrows.
 */
export async function auditingRefusal<T>(
  attempt: { actor: AuditActor; agencyId: string; requestId: string; kind: RequestEventKind; on: CalendarDate },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION" && error.message.startsWith(REFUSAL_PREFIX)) {
      await recordAudit(db, {
        type: "request.event_refused",
        actor: attempt.actor,
        agencyId: attempt.agencyId,
        entity: { type: "request", id: attempt.requestId },
        payload: {
          kind: attempt.kind,
          on: attempt.on,
          reason: error.message.slice(REFUSAL_PREFIX.length),
          field: Object.keys(error.fieldErrors ?? {})[0] ?? "on",
        },
      });
    }
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
      correctionNoticeLate: clock.correctionNoticeLate,
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
    /** The moment "today" is taken from (China time): an event after it is refused. Tests inject it. */
    now?: Date;
    /** The use case's form field names, so a refusal is shown next to the right field. */
    fields?: ClockFieldNames;
  },
  conclusion?: { outcome: RequestOutcome; concludedOn: CalendarDate },
): Promise<ClockResult> {
  const data = event.data ?? {};
  const events = await lockedEvents(tx, event.requestId);
  const clock = clockWith(events, { kind: event.kind, on: toDbDate(event.on), data }, calendar, {
    today: chinaToday(event.now),
    fields: event.fields,
  });
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
