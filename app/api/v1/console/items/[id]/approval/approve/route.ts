// Console API: 领导审定: a leader who neither drafted nor reviewed the revision approves it; a 主动公开 revision is
// published at once (索引号 on first publication), any other becomes the approved withholding decision.
import { itemStepRoute } from "@/lib/api/item-step-route";
import { transitionRevision } from "@/lib/items/transition-revision";

export const POST = itemStepRoute((options) => transitionRevision({ ...options, transition: "approve" }));
