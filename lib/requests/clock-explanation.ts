// Which clock steps staff can record next on a request, given its clock and the user's permissions.
// The clock (lib/requests/clock) stays the judge of a sequence: this only leaves out the forms that
// could never succeed now, so the page offers what makes sense in the current state.
import type { Principal } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { StoredEvent } from "./clock-store";
import type { ClockResult, ConsultationParty } from "./clock/compute-clock";
import { CLOCK_RULES } from "./clock/clock-rules";
import type { TClockStep } from "./record-clock-event";

export type ClockStepKind = TClockStep["kind"];

/** Parties of the consultations still open (started and not ended), matched as the clock matches them. */
export function openConsultations(events: readonly StoredEvent[]): ConsultationParty[] {
  const open: { party: ConsultationParty; ref?: string }[] = [];
  for (const event of events) {
    const data = (event.data ?? {}) as { party?: ConsultationParty; ref?: string };
    if (event.kind === "CONSULTATION_STARTED")
      open.push({ party: data.party ?? "THIRD_PARTY", ...(data.ref ? { ref: data.ref } : {}) });
    if (event.kind === "CONSULTATION_ENDED") {
      const index = open.findIndex(
        (c) => (data.ref === undefined || c.ref === data.ref) && (data.party === undefined || c.party === data.party),
      );
      if (index >= 0) open.splice(index, 1);
    }
  }
  return open.map((c) => c.party);
}

export type AvailableSteps = {
  kinds: ClockStepKind[];
  /** For CONSULTATION_ENDED: the parties with an open consultation (the form asks which one when there are two kinds). */
  consultationParties: ConsultationParty[];
  /** For EXTENSION_APPROVED: the most working days still allowed. */
  extensionDaysLeft: number;
};

/** The steps that fit the request's current state and that `user` may record in `agencyId`. */
export function availableClockSteps(
  user: Principal,
  agencyId: string,
  events: readonly StoredEvent[],
  clock: ClockResult,
): AvailableSteps {
  const handle = can(user, "request.handle", agencyId);
  const approve = can(user, "request.approve", agencyId);
  const parties = [...new Set(openConsultations(events))];
  const maxExtension = clock.oldRegulation
    ? CLOCK_RULES.oldRegulation.maxExtensionWorkingDays
    : CLOCK_RULES.maxExtensionWorkingDays;
  const extensionDaysLeft = maxExtension - clock.extensionDaysUsed;
  const kinds: ClockStepKind[] = [];
  const correctionNoticed = events.some((e) => e.kind === "CORRECTION_NOTICE");
  // A late 补正 notice leaves the clock running (OPEN) but still waits for the correction or its lapse.
  const correctionPending =
    correctionNoticed && !events.some((e) => e.kind === "CORRECTION_RECEIVED" || e.kind === "CORRECTION_LAPSED");
  const feeOpen =
    events.some((e) => e.kind === "FEE_NOTICE") &&
    !events.some((e) => e.kind === "FEE_PAID" || e.kind === "FEE_LAPSED");
  switch (clock.state) {
    case "OPEN":
    case "PAUSED":
      if (handle && !correctionNoticed && clock.state === "OPEN" && !feeOpen && parties.length === 0)
        kinds.push("CORRECTION_NOTICE");
      if (handle && correctionPending) kinds.push("CORRECTION_RECEIVED", "CORRECTION_LAPSED");
      if (handle) kinds.push("CONSULTATION_STARTED");
      if (handle && parties.length > 0) kinds.push("CONSULTATION_ENDED");
      if (approve && extensionDaysLeft > 0) kinds.push("EXTENSION_APPROVED");
      if (handle) kinds.push("WITHDRAWN");
      break;
    case "WAITING_FOR_APPLICANT":
      if (handle) kinds.push("CORRECTION_RECEIVED", "CORRECTION_LAPSED", "WITHDRAWN");
      break;
    case "CLOSED":
      break;
  }
  return { kinds, consultationParties: parties, extensionDaysLeft };
}
