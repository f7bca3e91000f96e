import { getTranslations } from "next-intl/server";

type Contact = { name: string; address: string; postcode: string; phone: string; email: string };

export async function PortalFooter({ government }: { government: Contact | null }) {
  const t = await getTranslations("portal.footer");
  return (
    <footer className="no-print mt-12 border-t-4 border-gov-red bg-stone-100 text-sm text-stone-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        {government ? (
          <>
            <p>{t("sponsor", { name: government.name })}</p>
            <p className="flex flex-wrap gap-x-4">
              {government.address ? <span>{t("address", { address: government.address })}</span> : null}
              {government.postcode ? <span>{t("postcode", { postcode: government.postcode })}</span> : null}
              {government.phone ? <span>{t("phone", { phone: government.phone })}</span> : null}
              {government.email ? <span>{t("email", { email: government.email })}</span> : null}
            </p>
          </>
        ) : null}
        <p className="text-stone-600">{t("poweredBy")}</p>
      </div>
    </footer>
  );
}
