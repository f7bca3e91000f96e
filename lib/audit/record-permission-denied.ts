// Permission denials in the audit log. A refusal of the permission table (requirePermission) is recorded where it
// is answered — once per request, by runFormAction and apiRoute — and at most once per user, action and agency
// in DENIAL_QUIET_MINUTES: a script retrying in a loop leaves one line, not thousands.
import { db } from "@/lib/db";
import { PermissionDeniedError } from "@/lib/auth/permissions";
import { recordAudit } from "./record-audit";

export const DENIAL_QUIET_MINUTES = 10;

export async function recordPermissionDenied(error: unknown, clientIp?: string | null, now = new Date()) {
  if (!(error instanceof PermissionDeniedError)) return;
  const { principal, action } = error;
  try {
    // The agency only when it exists (a forged id in a request must not break the record).
    const agencyId =
      error.agencyId && (await db.agency.findUnique({ where: { id: error.agencyId }, select: { id: true } }))
        ? error.agencyId
        : null;
    const recent = await db.auditEvent.findFirst({
      where: {
        type: "auth.permission_denied",
        actorId: principal.id,
        agencyId,
        at: { gte: new Date(now.getTime() - DENIAL_QUIET_MINUTES * 60_000) },
        payload: { path: ["action"], equals: action },
      },
      select: { id: true },
    });
    if (recent) return;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        type: "auth.permission_denied",
        actor: { id: principal.id, label: principal.name ?? principal.id, clientIp },
        agencyId,
        entity: { type: "user", id: principal.id },
        payload: { action },
      }),
    );
  } catch (e) {
    // The refusal itself must still reach the user; a failed audit write is logged, not thrown.
    console.error("[gongkai] could not audit a permission denial:", e);
  }
}
