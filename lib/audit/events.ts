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
  "user.created": z.object({ email: z.string(), name: z.string(), roles: z.array(z.object({ agencyId: z.string(), role })) }),
  "user.updated": z.object({ changes }),
  "user.role_granted": z.object({ role }),
  "user.role_revoked": z.object({ role }),
  "user.password_changed": z.object({}),
  "user.password_reset": z.object({}),
  "user.deactivated": z.object({}),
  "user.reactivated": z.object({}),
  "agency.created": z.object({ code: z.string(), name: z.string(), parentId: z.string().nullable() }),
  "agency.updated": z.object({ changes }),
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];
export type AuditPayload<T extends AuditEventType> = z.infer<(typeof AUDIT_EVENTS)[T]>;

/** The kinds of records an audit event can be about. */
export const AUDIT_ENTITY_TYPES = ["user", "agency"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
