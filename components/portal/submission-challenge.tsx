"use client";
// The request form's anti-spam check: fetches a proof-of-work challenge from our own server and solves it in
// this browser (lib/requests/challenge-solver.ts), then puts the solution in a hidden field. No third party,
// no cookie. Its refusal (missing, expired, replayed) is shown here, next to it.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { solveChallenge, type ChallengeToSolve } from "@/lib/requests/challenge-solver";

type Status = "working" | "done" | "error";

export function SubmissionChallenge({ name, errors }: { name: string; errors: string[] }) {
  const t = useTranslations("requestPortal.form");
  const tv = useTranslations("validation");
  const [status, setStatus] = useState<Status>("working");
  const [solution, setSolution] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const submitWhenDone = useRef<HTMLElement | null | false>(false);

  // Sent before the check is done, the form would only be refused: hold it, and send it once solved.
  useEffect(() => {
    const form = field.current?.form;
    if (!form || status !== "working") return;
    const hold = (event: SubmitEvent) => {
      event.preventDefault();
      submitWhenDone.current = event.submitter;
    };
    form.addEventListener("submit", hold);
    return () => form.removeEventListener("submit", hold);
  }, [status]);

  useEffect(() => {
    if (status !== "done" || submitWhenDone.current === false) return;
    const submitter = submitWhenDone.current;
    submitWhenDone.current = false;
    field.current?.form?.requestSubmit(submitter ?? undefined);
  }, [status]);

  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      try {
        const response = await fetch("/requests/challenge", { cache: "no-store", signal: abort.signal });
        if (!response.ok) throw new Error(`challenge: HTTP ${response.status}`);
        const payload = await solveChallenge((await response.json()) as ChallengeToSolve, abort.signal);
        if (abort.signal.aborted) return;
        if (!payload) throw new Error("challenge: no solution");
        setSolution(payload);
        setStatus("done");
      } catch {
        if (!abort.signal.aborted) setStatus("error");
      }
    })();
    return () => abort.abort();
  }, []);

  const errorId = `field-${name}-error`;
  return (
    <div className="flex flex-col gap-1" data-challenge={status}>
      <input ref={field} type="hidden" name={name} value={solution} />
      <p className="font-medium text-stone-800">{t("challenge")}</p>
      <p
        className="text-sm text-stone-700"
        role="status"
        aria-live="polite"
        aria-describedby={errors.length ? errorId : undefined}
      >
        {status === "working" ? t("challengeWorking") : status === "done" ? t("challengeDone") : t("challengeError")}
      </p>
      <p className="text-sm text-stone-600">{t("challengeHint")}</p>
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors.map((key) => (tv.has(key) ? tv(key) : key)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
