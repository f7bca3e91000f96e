import { getTranslations } from "next-intl/server";
import { PortalFooter } from "@/components/portal/portal-footer";
import { PortalHeader } from "@/components/portal/portal-header";
import { findPortalGovernment } from "@/lib/agencies/queries";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [government, t] = await Promise.all([findPortalGovernment(), getTranslations("common")]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <PortalHeader governmentName={government?.name ?? t("productName")} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">{children}</main>
      <PortalFooter government={government} />
    </div>
  );
}
