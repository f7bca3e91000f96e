// Console API: start a new revision of an approved item (published, withheld or withdrawn), copying its content
// and attachments; { "forPublication": true } turns a withheld item into a 主动公开 draft (条例 art. 18 re-review).
import { itemStepRoute } from "@/lib/api/item-step-route";
import { startRevision } from "@/lib/items/start-revision";
import { ZStartRevision } from "@/lib/api/console-items";
import { parseInput } from "@/lib/forms/validation";

export const POST = itemStepRoute(
  ({ actor, itemId, input }) => startRevision({ actor, itemId, ...parseInput(ZStartRevision, input) }),
  { status: 201 },
);
