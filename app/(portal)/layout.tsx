import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PortalFooter } from "@/components/portal/portal-footer";
import { PortalHeader } from "@/components/portal/portal-header";
import { findPortalGovernment } from "@/lib/agencies/queries";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import { pageIdentityMeta } from "@/lib/site/page-identity";
import { siteIdentity } from "@/lib/site/site-settings";

/** 《政府网站发展指引》's site-identity meta tags on every portal page (pages add their column and article tags). */
export async function generateMetadata() {
  return { other: pageIdentityMeta(await siteIdentity()) };
}

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [government, site, t, messages] = await Promise.all([
    findPortalGovernment(),
    siteIdentity(),
    getTranslations("common"),
    getMessages(),
  ]);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <PortalHeader governmentName={government?.name ?? t("productName")} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES.portal)}>
          {children}
        </NextIntlClientProvider>
      </main>
      <PortalFooter government={government} site={site} />
    </div>
  );
}
