// A request's events that cannot have happened in that order. The events come from the database, so this
// is a bug or a use case about to store an impossible event: it names the problem and the event.

export const CLOCK_ERROR_CODES = [
  "NO_EVENTS",
  "INVALID_DATE",
  "NOT_RECEIVED_FIRST",
  "RECEIVED_TWICE",
  "OUT_OF_ORDER",
  "AFTER_CLOSED",
  "CORRECTION_NOTICE_REPEATED",
  "CORRECTION_NOTICE_WHILE_PAUSED",
  "NO_CORRECTION_PENDING",
  "WAITING_FOR_CORRECTION",
  "APPLICANT_DEADLINE_BEFORE_NOTICE",
  "CORRECTION_LAPSED_EARLY",
  "CONSULTATION_PARTY_INVALID",
  "CONSULTATION_NOT_STARTED",
  "CONSULTATION_AMBIGUOUS",
  "FEE_NOTICE_REPEATED",
  "NO_FEE_PENDING",
  "PAYMENT_DEADLINE_BEFORE_NOTICE",
  "FEE_LAPSED_EARLY",
  "EXTENSION_DAYS_INVALID",
  "EXTENSION_LIMIT_EXCEEDED",
  "UNKNOWN_EVENT",
  "IN_FUTURE",
  "EXTENSION_AFTER_DUE",
  "CORRECTION_NOTICE_AFTER_DUE",
  "APPLICANT_DEADLINE_TOO_SHORT",
  "DEADLINE_TOO_FAR",
  "BEFORE_FIRST_REGULATION",
  "FEE_NOTICE_AFTER_DUE",
  "PAYMENT_DEADLINE_TOO_SHORT",
  "DELIVERED_BEFORE_SENT",
] as const;
export type ClockErrorCode = (typeof CLOCK_ERROR_CODES)[number];

export class ClockSequenceError extends Error {
  readonly code: ClockErrorCode;
  /** Position of the offending event in the list given to computeClock (-1 for the list as a whole). */
  readonly eventIndex: number;
  /** The event's field the problem concerns: "on" unless another date of the event is wrong. */
  readonly field: string;
  /** Values the sentence shows (e.g. the earliest allowed deadline). */
  readonly params: Record<string, string | number>;

  constructor(
    code: ClockErrorCode,
    eventIndex: number,
    detail: string,
    options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(`${code} at event ${eventIndex}: ${detail}`);
    this.name = "ClockSequenceError";
    this.code = code;
    this.eventIndex = eventIndex;
    this.field = options.field ?? "on";
    this.params = options.params ?? {};
  }
}

export const isClockSequenceError = (error: unknown): error is ClockSequenceError =>
  error instanceof ClockSequenceError;
