import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("productName"), template: `%s · ${t("productName")}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Only what app/error.tsx needs; each area adds its own (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES.root)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
