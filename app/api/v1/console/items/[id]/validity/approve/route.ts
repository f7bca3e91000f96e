// Console API: a leader other than the proposer approves the proposed validity change.
import { itemStepRoute } from "@/lib/api/item-step-route";
import { decideValidityChange } from "@/lib/items/validity-change";

export const POST = itemStepRoute((options) => decideValidityChange({ ...options, approve: true }));
