// Helpers for item tests: a valid draft input, and an item walked to a given point of the review chain
// through the real use cases (never by writing states directly).
import type { CurrentUser } from "@/lib/auth/current-user";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { transitionRevision } from "@/lib/items/transition-revision";
import type { TItemDraft } from "@/lib/items/schemas";

export function draftInput(agencyId: string, overrides: Partial<Record<keyof TItemDraft, unknown>> = {}) {
  return {
    agencyId,
    title: "三元区商务局关于开展2017年安全生产月活动的通知",
    documentNumber: "元商务【2017】12号",
    writtenOn: "2017-06-01",
    subjectCategory: "09",
    catalogueCategoryId: "",
    genre: "NOTICE",
    documentKind: "OTHER",
    channels: ["WEBSITE"],
    keywords: "安全生产，安全生产月",
    summary: "部署2017年安全生产月活动。",
    bodyMarkdown: "各商贸企业：\n\n根据上级部署，现就开展安全生产月活动通知如下。",
    disclosure: "PROACTIVE",
    ...overrides,
  };
}

export type Stage = "DRAFT" | "PENDING_REVIEW" | "PENDING_APPROVAL" | "PUBLISHED";

/** Creates an item as `drafter` and moves it to `stage` with `reviewer` and `leader`. */
export async function itemAt(
  stage: Stage,
  people: { drafter: CurrentUser; reviewer: CurrentUser; leader: CurrentUser },
  agencyId: string,
  overrides = {},
) {
  const item = await createItemDraft({ actor: people.drafter, input: draftInput(agencyId, overrides) });
  if (stage === "DRAFT") return item;
  await transitionRevision({ actor: people.drafter, itemId: item.id, transition: "submit" });
  if (stage === "PENDING_REVIEW") return item;
  await transitionRevision({ actor: people.reviewer, itemId: item.id, transition: "pass" });
  if (stage === "PENDING_APPROVAL") return item;
  await transitionRevision({ actor: people.leader, itemId: item.id, transition: "approve" });
  return item;
}
