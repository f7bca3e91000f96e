// Console API: 保密审查 returns the revision to its drafter, saying why (comment required).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { transitionRevision } from "@/lib/items/transition-revision";

export const POST = itemStepRoute((options) => transitionRevision({ ...options, transition: "returnFromReview" }));
