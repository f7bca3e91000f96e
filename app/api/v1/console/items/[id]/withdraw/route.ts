// Console API: 撤回 — a leader takes a published item off the portal, with a reason ({ reason }).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { withdrawItem } from "@/lib/items/withdraw-item";

export const POST = itemStepRoute(withdrawItem);
