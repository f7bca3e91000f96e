// The portal's footer as 《政府网站发展指引》 lays it out: 主办单位 (and 承办单位), the government's contact details,
// 网站标识码, the ICP and public-security filing numbers (each linked to its registry), and 我为政府网站找错.
import { getTranslations } from "next-intl/server";
import type { SiteIdentity } from "@/lib/site/site-settings";
import { errorReportUrl, icpRegistryUrl, publicSecurityRegistryUrl } from "@/lib/site/registry-links";

type Contact = { name: string; address: string; postcode: string; phone: string; email: string };

export async function PortalFooter({ government, site }: { government: Contact | null; site: SiteIdentity }) {
  const t = await getTranslations("portal.footer");
  const sponsor = site.sponsor ?? government?.name;
  return (
    <footer className="no-print mt-12 border-t-4 border-gov-red bg-stone-100 text-sm text-stone-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p className="flex flex-wrap gap-x-4">
          {sponsor ? <span>{t("sponsor", { name: sponsor })}</span> : null}
          {site.organizer ? <span>{t("organizer", { name: site.organizer })}</span> : null}
        </p>
        {government ? (
          <p className="flex flex-wrap gap-x-4">
            {government.address ? <span>{t("address", { address: government.address })}</span> : null}
            {government.postcode ? <span>{t("postcode", { postcode: government.postcode })}</span> : null}
            {government.phone ? <span>{t("phone", { phone: government.phone })}</span> : null}
            {government.email ? <span>{t("email", { email: government.email })}</span> : null}
          </p>
        ) : null}
        {site.contactPhone && site.contactPhone !== government?.phone ? (
          <p>{t("contactPhone", { phone: site.contactPhone })}</p>
        ) : null}
        {site.siteIdCode || site.icpNumber || site.publicSecurityNumber ? (
          <p className="flex flex-wrap gap-x-4">
            {site.siteIdCode ? <span>{t("siteIdCode", { code: site.siteIdCode })}</span> : null}
            {site.icpNumber ? (
              <a href={icpRegistryUrl()} rel="noopener noreferrer" target="_blank" className="underline">
                {site.icpNumber}
              </a>
            ) : null}
            {site.publicSecurityNumber ? (
              <a
                href={publicSecurityRegistryUrl(site.publicSecurityNumber)}
                rel="noopener noreferrer"
                target="_blank"
                className="underline"
              >
                {site.publicSecurityNumber}
              </a>
            ) : null}
          </p>
        ) : null}
        {site.siteIdCode ? (
          <p>
            <a
              href={errorReportUrl(site.siteIdCode)}
              rel="noopener noreferrer"
              target="_blank"
              className="font-medium text-gov-red underline"
              data-error-report
            >
              {t("errorReport")}
            </a>
          </p>
        ) : null}
        <p className="text-stone-600">{t("poweredBy")}</p>
      </div>
    </footer>
  );
}
