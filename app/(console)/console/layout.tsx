import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ConsoleNav } from "@/components/console/console-nav";
import { SignOutButton } from "@/components/console/sign-out-button";
import { UserBadge } from "@/components/console/user-badge";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { requirePageUser } from "@/lib/auth/page-guards";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  // The layout only draws the shell; each page checks the user (and a pending password change) itself.
  const user = await requirePageUser({ allowPasswordChange: true });
  const [t, messages] = await Promise.all([getTranslations(), getMessages()]);
  return (
    // Staff forms use many namespaces: the console's pages get every message (lib/i18n/client-messages.ts).
    <NextIntlClientProvider messages={messages}>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
        >
          {t("common.skipToContent")}
        </a>
        <header className="border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/console" className="text-lg font-bold text-gov-red">
              {t("console.title")}
            </Link>
            <div className="flex flex-wrap items-center gap-3">
              <UserBadge user={user} />
              <LocaleSwitcher />
              <SignOutButton />
            </div>
          </div>
        </header>
        <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
          <aside className="md:w-48 md:shrink-0">
            <ConsoleNav user={user} />
          </aside>
          <main id="main" className="min-w-0 flex-1">
            {children}
          </main>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
