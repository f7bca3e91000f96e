import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DocumentLanguage } from "@/components/portal/document-language";
import { PortalFooter } from "@/components/portal/portal-footer";
import { PortalHeader } from "@/components/portal/portal-header";
import { findPortalGovernment } from "@/lib/agencies/queries";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [government, t, messages, locale] = await Promise.all([
    findPortalGovernment(),
    getTranslations("common"),
    getMessages(),
    getLocale(),
  ]);
  return (
    <div className="flex min-h-screen flex-col">
      <DocumentLanguage locale={locale} />
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
      <PortalFooter government={government} />
    </div>
  );
}
