import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAnywhere, type Action } from "@/lib/auth/permissions";

/** Console navigation. Each entry shows only to users whose roles allow its action somewhere. */
const ENTRIES: { href: string; key: string; action: Action | null }[] = [
  { href: "/console", key: "dashboard", action: "dashboard.read" },
  { href: "/console/items", key: "items", action: "item.read" },
  { href: "/console/requests", key: "requests", action: "request.read" },
  { href: "/console/requests/templates", key: "replyTemplates", action: "request.templates" },
  { href: "/console/reports", key: "reports", action: "report.read" },
  { href: "/console/complaints", key: "complaints", action: "complaint.read" },
  { href: "/console/appeals", key: "appeals", action: "request.read" },
  { href: "/console/catalogue", key: "catalogue", action: "catalogue.manage" },
  { href: "/console/agencies", key: "agencies", action: "agency.update" },
  { href: "/console/users", key: "users", action: "user.read" },
  { href: "/console/audit", key: "audit", action: "audit.read" },
  { href: "/console/outbox", key: "outbox", action: "outbox.read" },
  { href: "/console/calendar", key: "calendar", action: "calendar.manage" },
  { href: "/console/site", key: "site", action: "site.manage" },
  { href: "/console/webhooks", key: "webhooks", action: "webhook.manage" },
  { href: "/console/account/tokens", key: "tokens", action: "token.manage" },
  { href: "/console/account/password", key: "password", action: null },
];

export async function ConsoleNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations("console.nav");
  const visible = ENTRIES.filter((e) => e.action === null || canAnywhere(user, e.action));
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {visible.map((entry) => (
          <li key={entry.key}>
            <Link href={entry.href} className="block rounded px-3 py-2 hover:bg-stone-200" data-nav={entry.key}>
              {t(entry.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
