import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined) {
  const path = Array.isArray(value) ? value[0] : value;
  return path?.startsWith("/console") && !path.startsWith("//") ? path : "/console";
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const notice = params.signedOut
    ? "auth.signedOutNotice"
    : params.expired
      ? "auth.sessionEndedNotice"
      : params.passwordChanged
        ? "auth.passwordChangedNotice"
        : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <div className="mb-4 flex justify-end">
        <LocaleSwitcher />
      </div>
      <div className="rounded border border-stone-300 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("auth.signInTitle")}</h1>
        <p className="mb-4 mt-1 text-sm text-stone-600">{t("auth.signInIntro")}</p>
        {notice ? (
          <p role="status" className="mb-4 rounded border border-blue-700 bg-blue-50 px-3 py-2 text-blue-900">
            {t(notice)}
          </p>
        ) : null}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), CLIENT_NAMESPACES.signIn)}>
          <SignInForm callbackUrl={callbackUrl} />
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
