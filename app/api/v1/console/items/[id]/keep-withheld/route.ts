// Console API: 条例 art. 18 re-review — a leader confirms a withheld item stays withheld (optional { comment }).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { keepWithheld } from "@/lib/items/keep-withheld";

export const POST = itemStepRoute(keepWithheld);
