// The reply clock explained step by step: each recorded step in words (messages clock.*), its date and
// the deadline as it stood after it, then the warnings and the opinions still awaited.
import { getTranslations } from "next-intl/server";
import type { ClockResult } from "@/lib/requests/clock/compute-clock";

/** `openParties`: the consultations still open; their answer dates are shown only while they are awaited. */
export async function RequestClock({
  clock,
  openParties,
}: {
  clock: ClockResult | null;
  openParties: readonly string[];
}) {
  const [t, tAll] = await Promise.all([getTranslations("requestConsole"), getTranslations()]);
  if (!clock)
    return (
      <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900">
        {t("clockUnreadable")}
      </p>
    );
  return (
    <div className="space-y-3" data-testid="request-clock">
      <p>{t("clockIntro")}</p>
      <ol className="space-y-2">
        {clock.steps.map((step, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the steps are recomputed from the events in order and only ever grow at the end; a step is its place in that sequence (two can share a day and a kind)
            key={index}
            className="grid gap-1 rounded border border-stone-200 bg-white p-3 sm:grid-cols-[8rem_1fr_10rem] sm:gap-3"
            data-step={step.event}
          >
            <span className="font-mono text-sm text-stone-700">
              <span className="sr-only">{t("clockColumns.date")}：</span>
              {step.on}
            </span>
            <span>{tAll(step.note.key, step.note.params)}</span>
            <span className="text-sm text-stone-700">
              <span className="sm:sr-only">{t("clockColumns.dueAfter")}：</span>
              {step.dueAfter ?? t("noDeadline")}
            </span>
          </li>
        ))}
      </ol>
      <ul className="space-y-1 text-sm">
        {clock.correctionNoticeLate ? (
          <li className="font-semibold text-red-800" data-testid="correction-notice-late">
            {t("correctionNoticeLate")}
          </li>
        ) : null}
        {clock.oldRegulation ? <li data-testid="old-regulation">{t("oldRegulation")}</li> : null}
        {clock.thirdPartyMayDecide ? (
          <li className="font-semibold text-amber-900" data-testid="third-party-may-decide">
            {t("thirdPartyMayDecide", { date: clock.thirdPartyDue ?? "—" })}
          </li>
        ) : clock.thirdPartyDue && openParties.includes("THIRD_PARTY") ? (
          <li>{t("thirdPartyDue", { date: clock.thirdPartyDue })}</li>
        ) : null}
        {clock.agencyOpinionDue && openParties.includes("AGENCY") ? (
          <li data-testid="agency-consultation-open">{t("agencyOpinionDue", { date: clock.agencyOpinionDue })}</li>
        ) : null}
        {clock.extensionDaysUsed > 0 ? <li>{t("extensionUsed", { days: clock.extensionDaysUsed })}</li> : null}
        {clock.pausedWorkingDays > 0 ? <li>{t("pausedDays", { days: clock.pausedWorkingDays })}</li> : null}
      </ul>
    </div>
  );
}
