// Console API: 保密审查 passed, with an optional opinion (保密审查意见); never by the drafter.
import { itemStepRoute } from "@/lib/api/item-step-route";
import { transitionRevision } from "@/lib/items/transition-revision";

export const POST = itemStepRoute((options) => transitionRevision({ ...options, transition: "pass" }));
