// The portal's home in the language of the address that was not found (/en/… → /en).
import { Link } from "@/components/portal/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-stone-700">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/" className="underline">
          {t("backHome")}
        </Link>
      </p>
    </main>
  );
}
