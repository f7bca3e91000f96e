// A reply read through its request, so the agency scope of the request applies (another agency's reply is 404).
import type { Principal } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/forms/validation";
import { notFound } from "@/lib/errors/app-error";
import { findRequestForUser, type RequestForUser } from "../queries";

export type ReplyOfRequest = RequestForUser["replies"][number];

/** The request and its reply, or null when either is missing or out of the user's scope. */
export async function findReplyForUser(
  user: Principal,
  requestId: string,
  replyId: string,
): Promise<{ request: RequestForUser; reply: ReplyOfRequest } | null> {
  if (!isUuid(replyId)) return null;
  const request = await findRequestForUser(user, requestId);
  const reply = request?.replies.find((r) => r.id === replyId);
  return request && reply ? { request, reply } : null;
}

export async function requireReply(user: Principal, requestId: string, replyId: string) {
  const found = await findReplyForUser(user, requestId, replyId);
  if (!found) throw notFound();
  return found;
}

/** The reply being worked on (not yet sent), if any: a request has at most one. */
export function openReplyOf(request: RequestForUser): ReplyOfRequest | null {
  return request.replies.find((r) => r.status !== "SENT") ?? null;
}
