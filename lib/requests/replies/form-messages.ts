// The reply, fee and appeal use cases refuse with AppError messages "replies.<key>"; the shared form runner
// turns them into "errors.replies.<key>", and their sentences live in messages/*/replies.json under
// replies.errors. This maps one to the other, so the capability keeps its messages in its own file.
import type { FormState } from "@/lib/actions/form-state";

export function withReplyMessages(state: FormState): FormState {
  if (state.message?.startsWith("errors.replies."))
    return { ...state, message: `replies.errors.${state.message.slice("errors.replies.".length)}` };
  return state;
}
