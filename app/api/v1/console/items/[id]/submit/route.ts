// Console API: the drafter submits the open revision for 保密审查 (the console's transition and rules).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { transitionRevision } from "@/lib/items/transition-revision";

export const POST = itemStepRoute((options) => transitionRevision({ ...options, transition: "submit" }));
