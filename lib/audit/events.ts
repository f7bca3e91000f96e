// Typed audit events: every event type has its own payload schema. Adding a capability means adding
// its event types here; recordAudit refuses a payload that does not match its type.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const role = z.enum(ROLES);
/** Field-level changes: { field: { from, to } }. */
const changes = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));

export const AUDIT_EVENTS = {
  "auth.signed_in": z.object({}),
  "auth.throttled": z.object({ scope: z.literal("account"), minutes: z.number().int() }),
  // An address reached the limit of failed sign-ins across accounts and is refused for a while
  "auth.address_throttled": z.object({ minutes: z.number().int() }),
  // A wrong password, at sign-in or as the current password when changing it (passwordChange); `known` is false
  // for an e-mail without an account (the event then names no user record).
  "auth.sign_in_failed": z.object({ email: z.string(), known: z.boolean(), passwordChange: z.boolean() }),
  // A signed-in user refused an action by the permission table (recorded once per user, action and agency
  // within a few minutes, so that a page retried in a loop does not flood the log).
  "auth.permission_denied": z.object({ action: z.string(), message: z.string().optional() }),
  "user.created": z.object({
    email: z.string(),
    name: z.string(),
    roles: z.array(z.object({ agencyId: z.string(), role })),
    /** Set when the roles cover the whole review chain (经办人 + 保密审查 + 领导) in one agency. */
    warning: z.literal("combinedReviewChainRoles").optional(),
  }),
  "user.updated": z.object({ changes }),
  "user.role_granted": z.object({ role, warning: z.literal("combinedReviewChainRoles").optional() }),
  "user.role_revoked": z.object({ role }),
  // How many API tokens ended with the account's access (absent on events recorded before tokens did).
  "user.password_changed": z.object({ tokensRevoked: z.number().int().min(0).optional() }),
  "user.password_reset": z.object({ tokensRevoked: z.number().int().min(0).optional() }),
  "user.deactivated": z.object({ tokensRevoked: z.number().int().min(0).optional() }),
  "user.reactivated": z.object({}),
  // An administrator cleared the account's failed sign-ins (the addresses that failed may try again).
  "user.sign_in_unlocked": z.object({}),
  "agency.created": z.object({ code: z.string(), name: z.string(), parentId: z.string().nullable() }),
  "agency.updated": z.object({ changes }),
  // The site identity (网站标识码, 备案号, 主办单位 …) shown on every portal page
  "site.updated": z.object({ changes }),
  // An integrator's endpoint of the agency (lib/webhooks)
  "webhook.registered": z.object({ url: z.string(), events: z.array(z.string()) }),
  "webhook.deactivated": z.object({ url: z.string() }),
  // 主动公开 items: every step of the review chain, with the revision it concerns
  "item.created": z.object({ revision: z.number().int(), title: z.string() }),
  "item.draft_updated": z.object({ revision: z.number().int(), changes }),
  "item.submitted": z.object({ revision: z.number().int() }),
  "item.review_passed": z.object({ revision: z.number().int(), comment: z.string().optional() }),
  "item.returned": z.object({ revision: z.number().int(), step: z.enum(["review", "approval"]), comment: z.string() }),
  "item.published": z.object({ revision: z.number().int(), indexNumber: z.string() }),
  "item.withheld": z.object({
    revision: z.number().int(),
    disclosure: z.string(),
    ground: z.string(),
    reviewDueOn: z.string(),
  }),
  "item.withdrawn": z.object({ reason: z.string() }),
  "item.revision_started": z.object({ revision: z.number().int(), from: z.number().int() }),
  "item.validity_proposed": z.object({ validity: z.string(), effectiveOn: z.string(), reason: z.string() }),
  "item.validity_approved": z.object({ validity: z.string(), effectiveOn: z.string() }),
  "item.validity_rejected": z.object({ validity: z.string(), comment: z.string() }),
  "item.withheld_kept": z.object({ reviewDueOn: z.string(), comment: z.string().optional() }),
  "item.attachment_added": z.object({ revision: z.number().int(), fileName: z.string(), sha256: z.string() }),
  "item.attachment_removed": z.object({ revision: z.number().int(), fileName: z.string() }),
  "catalogue.category_created": z.object({ name: z.string(), parentId: z.string().nullable() }),
  "catalogue.category_updated": z.object({ changes }),
  "catalogue.category_removed": z.object({ name: z.string() }),
  // 依申请公开 requests (payloads never carry the applicant's personal data)
  "request.submitted": z.object({ trackingCode: z.string(), channel: z.string(), receivedOn: z.string() }),
  "request.registered": z.object({
    trackingCode: z.string(),
    channel: z.string(),
    receivedOn: z.string(),
    receiptBasis: z.string(),
  }),
  "request.event_recorded": z.object({ kind: z.string(), on: z.string(), dueOn: z.string().nullable() }),
  // A clock step the rules refused (issue 18): what was attempted, for which day, and the rule (clock error code)
  // The applicant answered a 补正 notice online (the clock's CORRECTION_RECEIVED step, dated the day it arrived)
  "request.correction_submitted": z.object({ on: z.string(), dueOn: z.string().nullable(), files: z.number().int() }),
  "request.event_refused": z.object({ kind: z.string(), on: z.string(), reason: z.string(), field: z.string() }),
  // The stored state and due date recomputed from the events after a change of the clock's rules (CLI)
  "request.clock_recomputed": z.object({
    dueOnBefore: z.string().nullable(),
    dueOnAfter: z.string().nullable(),
    state: z.string(),
  }),
  "request.assigned": z.object({ assigneeId: z.string().nullable(), assignee: z.string() }),
  "request.note_added": z.object({}),
  "request.reply_drafted": z.object({ outcome: z.string() }),
  "request.reply_updated": z.object({ outcome: z.string() }),
  "request.reply_template_updated": z.object({ outcome: z.string(), reset: z.boolean() }),
  "request.file_removed": z.object({ kind: z.string(), fileName: z.string() }),
  "request.reply_submitted": z.object({ outcome: z.string() }),
  "request.reply_returned": z.object({ comment: z.string() }),
  "request.reply_approved": z.object({ outcome: z.string() }),
  "request.reply_sent": z.object({ outcome: z.string(), sentOn: z.string() }),
  "request.fee_noticed": z.object({ method: z.string(), amountYuan: z.number().int(), paymentDeadline: z.string() }),
  "request.fee_paid": z.object({ paidOn: z.string() }),
  "request.appeal_recorded": z.object({ kind: z.string(), filedOn: z.string() }),
  "request.appeal_updated": z.object({ result: z.string() }),
  // 行政复议/行政诉讼 against the agency without a request (未依法主动公开, 更正, other)
  "appeal.recorded": z.object({ subject: z.string(), kind: z.string(), filedOn: z.string() }),
  "appeal.updated": z.object({ result: z.string(), concludedOn: z.string().nullable() }),
  "request.file_added": z.object({ kind: z.string(), fileName: z.string() }),
  // Staff reading the applicant's personal data: a request's file (ID scan, application…), a reply's document,
  // the reply letter as PDF (a draft too)
  "request.file_downloaded": z.object({ kind: z.string(), fileName: z.string() }),
  "request.reply_file_downloaded": z.object({ fileName: z.string() }),
  "request.reply_pdf_downloaded": z.object({ outcome: z.string().optional(), draft: z.boolean() }),
  "request.proposed_for_catalogue": z.object({ itemId: z.string(), fileName: z.string() }),
  "email.resent": z.object({ to: z.string() }),
  "token.created": z.object({ name: z.string(), prefix: z.string() }),
  "token.revoked": z.object({ name: z.string() }),
  // An imported item: its 索引号 ("" until a leader approves it) and whether it was historical (published as
  // it was, before the agency's 上线日期) or submitted for review.
  "item.imported": z.object({
    indexNumber: z.string(),
    title: z.string(),
    batch: z.string(),
    historical: z.boolean().optional(),
  }),
  // 工作日 calendar: the platform administrator's corrections of the official calendar
  "calendar.override_set": z.object({
    date: z.string(),
    kind: z.enum(["HOLIDAY", "WORKDAY"]),
    note: z.string(),
    previous: z.object({ kind: z.enum(["HOLIDAY", "WORKDAY"]), note: z.string() }).nullable(),
  }),
  "calendar.override_removed": z.object({ date: z.string(), kind: z.enum(["HOLIDAY", "WORKDAY"]), note: z.string() }),
  "calendar.year_confirmed": z.object({ year: z.number().int(), note: z.string() }),
  // 行政申诉、举报 about the agency's disclosure work, and the older format's historical figures (opening balances)
  "complaint.recorded": z.object({ kind: z.enum(["COMPLAINT", "REPORT"]), receivedOn: z.string() }),
  "complaint.outcome_recorded": z.object({ handledOn: z.string() }),
  "report.historical_set": z.object({ year: z.number().int(), source: z.string(), changes }),
  "report.historical_imported": z.object({
    years: z.array(z.number().int()),
    rows: z.number().int(),
    fileName: z.string(),
  }),
  // 年度报告: every step of the working copy, from opening to a published (frozen) version
  "report.opened": z.object({ year: z.number().int(), scope: z.enum(["OWN", "COMBINED"]) }),
  "report.narrative_updated": z.object({ year: z.number().int(), sections: z.array(z.string()) }),
  "report.figure_set": z.object({
    year: z.number().int(),
    key: z.string(),
    value: z.string(),
    source: z.string(),
    previous: z.string().nullable(),
  }),
  "report.submitted": z.object({ year: z.number().int(), correctionReason: z.string().optional() }),
  "report.returned": z.object({ year: z.number().int(), comment: z.string() }),
  "report.published": z.object({
    year: z.number().int(),
    version: z.number().int(),
    correctionReason: z.string().optional(),
  }),
  "report.correction_started": z.object({ year: z.number().int(), reason: z.string() }),
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];
export type AuditPayload<T extends AuditEventType> = z.infer<(typeof AUDIT_EVENTS)[T]>;

/** The kinds of records an audit event can be about. */
export const AUDIT_ENTITY_TYPES = [
  "user",
  "agency",
  "item",
  "catalogue",
  "request",
  "reply_template",
  "email",
  "token",
  "calendar",
  "complaint",
  "report",
  "appeal",
  "site",
  "webhook",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
