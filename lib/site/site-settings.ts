// The site identity every portal page shows (meta tags, footer). Read through the public read cache: the
// site_setting trigger moves the whole portal's public generation, so a change shows on every instance at once.
import { findPortalGovernment } from "@/lib/agencies/queries";
import { db } from "@/lib/db";
import { cachedPublic, WHOLE_PORTAL } from "@/lib/portal/public-cache";

export type SiteIdentity = {
  siteName: string;
  siteNameEn: string | null;
  siteDomain: string | null;
  siteIdCode: string | null;
  sponsor: string | null;
  organizer: string | null;
  icpNumber: string | null;
  publicSecurityNumber: string | null;
  contactPhone: string | null;
  /** Whether an administrator has set it (else the values are derived from the top-level agency). */
  configured: boolean;
};

/** The stored row, or a sensible identity before an administrator sets one: the government's own name. */
export async function siteIdentity(): Promise<SiteIdentity> {
  return cachedPublic(WHOLE_PORTAL, "site-identity", async () => {
    const row = await db.siteSetting.findUnique({ where: { id: 1 } });
    if (row) {
      const { id: _id, updatedAt: _updatedAt, ...identity } = row;
      return { ...identity, configured: true };
    }
    const government = await findPortalGovernment();
    return {
      siteName: government ? `${government.name}政府信息公开` : "政府信息公开",
      siteNameEn: null,
      siteDomain: null,
      siteIdCode: null,
      sponsor: government?.name ?? null,
      organizer: null,
      icpNumber: null,
      publicSecurityNumber: null,
      contactPhone: government?.phone || null,
      configured: false,
    };
  });
}
