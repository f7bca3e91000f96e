// A letter is checked before it goes to the leader (提交领导审批): the agency must have the settings every
// letter names (复议机关, 管辖法院, 文号前缀), nothing may be left unfilled ("{申请人}", "（请写明理由）", "XXX"),
// no doubled punctuation ("。”。", "。。", "，。"), the remedies must name the agency's bodies, a 36 (五) letter
// the responsible agency, and a release by files must carry its files. Each refusal is one sentence naming
// what to fix.
import { AppError } from "@/lib/errors/app-error";
import { renderBody } from "@/lib/items/render-body";
import { letterParagraphs, punctuationDoubles, unfilledParts } from "./letter";

export type AgencyLetterSettings = { reviewBody: string; court: string; letterNumberPrefix: string };

type CheckedReply = {
  letterMarkdown: string;
  delivery: string | null;
  notHeldVariant: string | null;
  otherAgencyName: string;
  files: { kind: string }[];
};

/** The first missing agency setting a letter needs, as a message key (null when all are set). */
export function missingAgencySetting(agency: AgencyLetterSettings): string | null {
  if (!agency.reviewBody.trim()) return "replies.agencyReviewBodyMissing";
  if (!agency.court.trim()) return "replies.agencyCourtMissing";
  if (!agency.letterNumberPrefix.trim()) return "replies.agencyLetterPrefixMissing";
  return null;
}

/** Throws the first problem of the letter, as the sentence the drafter reads. */
export function checkLetter(reply: CheckedReply, agency: AgencyLetterSettings): void {
  const missing = missingAgencySetting(agency);
  if (missing) throw new AppError("VALIDATION", { message: missing });
  if (reply.delivery === "FILES" && !reply.files.some((f) => f.kind === "RELEASED"))
    throw new AppError("VALIDATION", { message: "replies.releasedFileRequired" });
  if (reply.delivery !== "FILES" && reply.files.some((f) => f.kind === "RELEASED"))
    throw new AppError("VALIDATION", { message: "replies.releasedFilesNotFilesDelivery" });
  // The letter as it reads (Markdown escapes gone), so "\_" does not hide a name nor a double.
  const text = letterParagraphs(renderBody(reply.letterMarkdown)).join("\n");
  const unfilled = unfilledParts(text);
  if (unfilled.length)
    throw new AppError("VALIDATION", {
      message: "replies.letterUnfilled",
      params: { parts: unfilled.join("、") },
      fieldErrors: { letterMarkdown: ["letterUnfilled"] },
    });
  const doubles = punctuationDoubles(text);
  if (doubles.length)
    throw new AppError("VALIDATION", {
      message: "replies.letterPunctuation",
      params: { marks: doubles.map((d) => `“${d}”`).join("、") },
      fieldErrors: { letterMarkdown: ["letterPunctuation"] },
    });
  for (const [body, key] of [
    [agency.reviewBody, "replies.letterWithoutReviewBody"],
    [agency.court, "replies.letterWithoutCourt"],
  ] as const)
    if (!text.includes(body.trim())) throw new AppError("VALIDATION", { message: key, params: { name: body.trim() } });
  if (reply.notHeldVariant === "OTHER_AGENCY" && !text.includes(reply.otherAgencyName.trim()))
    throw new AppError("VALIDATION", {
      message: "replies.letterWithoutOtherAgency",
      params: { name: reply.otherAgencyName.trim() },
    });
}
