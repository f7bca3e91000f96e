// Console API: propose 废止 / 失效 of a published item ({ validity, effectiveOn, reason }); a leader decides.
import { itemStepRoute } from "@/lib/api/item-step-route";
import { proposeValidityChange } from "@/lib/items/validity-change";

export const POST = itemStepRoute(proposeValidityChange);
