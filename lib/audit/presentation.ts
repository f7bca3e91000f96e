// The audit log in words: each event type has one sentence per language (messages *.json,
// console.audit.sentences.<type>), e.g. "王局长 审定并发布第2版（索引号 350403001/2026-00012）". This file turns
// a stored payload into the sentence's values: codes become their official wording (角色, 公开属性, 答复结果…),
// lists are joined, optional parts (an opinion, a correction reason) appear only when present.
import { AUDIT_EVENTS, type AuditEventType } from "./events";

/** The part of a next-intl translator this needs (root namespace). */
export type AuditTranslate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const SENTENCES = "console.audit.sentences";
const VALUES = "console.audit.values";

/** Where the wording of a coded payload field lives, by field name (and event type where it differs). */
function codeNamespace(type: string, field: string): string | null {
  switch (field) {
    case "role":
      return "roles";
    case "disclosure":
      return "items.disclosure";
    case "ground":
      return "items.grounds";
    case "validity":
      return "items.validity";
    case "outcome":
      return "requests.outcomes";
    case "channel":
      return "requests.channels";
    case "receiptBasis":
      return "requests.receiptBases";
    case "step":
      return `${VALUES}.steps`;
    case "scope":
      return `${VALUES}.reportScopes`;
    case "method":
      return `${VALUES}.feeMethods`;
    case "result":
      return `${VALUES}.appealResults`;
    case "warning":
      return `${VALUES}.warnings`;
    case "reason":
      return type === "request.event_refused" ? `${VALUES}.refusals` : null;
    case "subject":
      return type === "appeal.recorded" ? "appeals.subjects" : null;
    case "state":
      return type === "request.clock_recomputed" ? "requests.states" : null;
    case "kind":
      if (type === "request.event_recorded" || type === "request.event_refused") return `${VALUES}.eventKinds`;
      if (type === "request.appeal_recorded" || type === "appeal.recorded") return `${VALUES}.appealKinds`;
      if (type.startsWith("request.file_")) return `${VALUES}.fileKinds`;
      if (type.startsWith("complaint.")) return `${VALUES}.complaintKinds`;
      if (type.startsWith("calendar.")) return "calendar.kinds";
      return null;
    default:
      return null;
  }
}

function label(t: AuditTranslate, namespace: string | null, code: string): string {
  const key = namespace ? `${namespace}.${code}` : null;
  return key && t.has(key) ? t(key) : code;
}

/** A changed field by its form label (信息, 机关, 网站标识), else its name. */
function fieldLabel(t: AuditTranslate, field: string): string {
  const key = [`items.fields.${field}`, `console.agencies.${field}`, `console.site.${field}`].find((k) => t.has(k));
  return key ? t(key) : field;
}

/** One payload value as text. */
function render(t: AuditTranslate, type: string, field: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return label(t, codeNamespace(type, field), value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        // user.created: roles as { agencyId, role }
        v && typeof v === "object" && "role" in v ? label(t, "roles", String(v.role)) : render(t, type, field, v),
      )
      .join("、");
  }
  if (typeof value === "object") {
    if (field === "changes")
      return Object.keys(value)
        .map((k) => fieldLabel(t, k))
        .join("、");
    // calendar.override_set: previous { kind, note }
    const o = value as Record<string, unknown>;
    if ("kind" in o) return `${label(t, codeNamespace(type, "kind"), String(o.kind))}${o.note ? `（${o.note}）` : ""}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** The fields of `type`'s payload schema, and whether each may be left out (optional or nullable). */
export function payloadFields(type: AuditEventType): { field: string; optional: boolean }[] {
  const schema = AUDIT_EVENTS[type];
  return Object.entries(schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>).map(
    ([field, fieldSchema]) => ({
      field,
      optional: fieldSchema.safeParse(undefined).success || fieldSchema.safeParse(null).success,
    }),
  );
}

/**
 * The values of the event's sentence: `actor`, then every payload field as text. An optional field, or a
 * flag, is wrapped in its phrase (console.audit.values.optional.<field>, e.g. "（意见：…）") when present and
 * is empty otherwise, so a sentence never shows a dangling label.
 */
export function auditSentenceValues(
  t: AuditTranslate,
  event: { type: string; actorLabel: string; payload: unknown },
): Record<string, string> {
  const type = event.type as AuditEventType;
  const payload = (event.payload && typeof event.payload === "object" ? event.payload : {}) as Record<string, unknown>;
  const raw: Record<string, string> = { actor: event.actorLabel };
  const fields = AUDIT_EVENTS[type] ? payloadFields(type) : [];
  for (const { field } of fields) raw[field] = render(t, type, field, payload[field]);
  const values = { ...raw };
  for (const { field, optional } of fields) {
    const value = payload[field];
    if (typeof value === "boolean") {
      const key = `${VALUES}.flags.${field}.${value}`;
      values[field] = t.has(key) ? t(key, raw) : "";
    } else if (optional) {
      const key = `${VALUES}.optional.${field}`;
      const present = value !== undefined && value !== null && value !== "";
      values[field] = present && t.has(key) ? t(key, raw) : "";
    }
  }
  return values;
}

/** The event as a sentence; an event type without wording (none should exist) falls back to its name. */
export function auditSentence(t: AuditTranslate, event: { type: string; actorLabel: string; payload: unknown }) {
  const key = `${SENTENCES}.${event.type}`;
  if (!t.has(key)) return `${event.actorLabel} ${event.type}`;
  return t(key, auditSentenceValues(t, event));
}
