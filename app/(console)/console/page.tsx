import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { loadDashboardQueues } from "@/lib/dashboard/queues";

export async function generateMetadata() {
  return { title: (await getTranslations("console.dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requirePageAccess("dashboard.read");
  const [t, tAll, queues] = await Promise.all([getTranslations("console.dashboard"), getTranslations(), loadDashboardQueues(user)]);
  return (
    <div>
      <PageHeader title={t("welcome", { name: user.name })} />
      <section aria-labelledby="queues-title">
        <h2 id="queues-title" className="mb-3 text-lg font-semibold">{t("queues")}</h2>
        {queues.length === 0 ? (
          <p className="text-stone-600">{t("noQueues")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {queues.map((queue) => (
              <li key={queue.key}>
                <Link href={queue.href} className="block rounded border border-stone-300 bg-white p-4 hover:border-gov-red" data-queue={queue.key}>
                  <span className="block text-sm text-stone-600">{tAll(queue.label)}</span>
                  <span className="text-3xl font-semibold">{queue.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
