// The platform administrator sets the site identity (one row). Audited field by field like an agency's details.
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/forms/validation";
import { ZSiteSettings } from "./schemas";

export async function updateSiteSettings(options: { actor: CurrentUser; input: unknown }) {
  const { actor } = options;
  requirePermission(actor, "site.manage", null);
  const input = parseInput(ZSiteSettings, options.input);
  return db.$transaction(async (tx) => {
    // Row-locked, so two administrators saving at once are audited in the order they were applied.
    const [before] = await tx.$queryRaw<Record<string, unknown>[]>`
      SELECT site_name AS "siteName", site_name_en AS "siteNameEn", site_domain AS "siteDomain",
             site_id_code AS "siteIdCode", sponsor, organizer, icp_number AS "icpNumber",
             public_security_number AS "publicSecurityNumber", contact_phone AS "contactPhone"
      FROM site_setting WHERE id = 1 FOR UPDATE`;
    const changes = diffFields(before ?? {}, input);
    if (before && Object.keys(changes).length === 0) return;
    await tx.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, {
      type: "site.updated",
      actor: { id: actor.id, label: actor.name },
      agencyId: null,
      entity: { type: "site", id: "1" },
      payload: { changes },
    });
  });
}
