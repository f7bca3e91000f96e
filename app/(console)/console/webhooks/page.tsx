import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { WebhookEndpointForm } from "@/components/console/webhook-endpoint-form";
import { DateTime } from "@/components/ui/date-time";
import { TabLinks } from "@/components/console/tab-links";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { WEBHOOK_EVENTS, webhookEventKey } from "@/lib/webhooks/events";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { deactivateWebhookAction, registerWebhookAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("console.webhooks"))("title") };
}

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ agencyId?: string }> }) {
  const user = await requirePageAccess("webhook.manage");
  const [t, agencies] = await Promise.all([getTranslations("console.webhooks"), listAgenciesForUser(user)]);
  const manageable = agencies.filter((a) => can(user, "webhook.manage", a.id));
  const requested = (await searchParams).agencyId;
  const agency = requested ? manageable.find((a) => a.id === requested) : manageable[0];
  if (!agency) notFound();
  const endpoints = (await listWebhookEndpoints(user, agency.id)) ?? [];
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      {manageable.length > 1 ? (
        <TabLinks
          label={t("agency")}
          tabs={manageable.map((a) => ({
            key: a.id,
            href: `/console/webhooks?agencyId=${a.id}`,
            label: a.shortName,
            current: a.id === agency.id,
          }))}
        />
      ) : null}
      <section aria-labelledby="endpoints-title" className="space-y-3">
        <h2 id="endpoints-title" className="text-lg font-semibold">
          {t("endpoints", { agency: agency.name })}
        </h2>
        {endpoints.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="space-y-3">
          {endpoints.map((endpoint) => (
            <li
              key={endpoint.id}
              className="space-y-2 rounded border border-stone-300 bg-white p-3"
              data-testid="webhook"
            >
              <p className="font-mono break-all">{endpoint.url}</p>
              {endpoint.description ? <p>{endpoint.description}</p> : null}
              <p className="text-sm text-stone-700">
                {endpoint.events.map((e) => t(`events.${webhookEventKey(e)}`)).join("、")} ·{" "}
                {endpoint.active ? t("active") : t("inactive")}
              </p>
              {endpoint.deliveries.length ? (
                <ul className="text-sm text-stone-700">
                  {endpoint.deliveries.map((d) => (
                    <li key={d.id}>
                      <DateTime value={d.createdAt} /> {t(`events.${webhookEventKey(d.event)}`)} —{" "}
                      {t(`status.${d.status}`)}
                      {d.lastError ? `（${d.lastError}）` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              {endpoint.active ? (
                <div className="max-w-xs">
                  <ActionForm
                    action={deactivateWebhookAction.bind(null, endpoint.id)}
                    label={t("deactivate")}
                    variant="secondary"
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="register-title" className="space-y-3">
        <h2 id="register-title" className="text-lg font-semibold">
          {t("register")}
        </h2>
        <WebhookEndpointForm action={registerWebhookAction.bind(null, agency.id)} events={[...WEBHOOK_EVENTS]} />
      </section>
    </div>
  );
}
