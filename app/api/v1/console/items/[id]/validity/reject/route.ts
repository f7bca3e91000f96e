// Console API: a leader other than the proposer rejects the proposed validity change, saying why ({ comment }).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { decideValidityChange } from "@/lib/items/validity-change";

export const POST = itemStepRoute((options) => decideValidityChange({ ...options, approve: false }));
