import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { RequestReplyTemplateForm } from "@/components/console/request-reply-template-form";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { agencyScope } from "@/lib/auth/permissions";
import { PLACEHOLDERS, remediesSentence, remedyBodiesOf } from "@/lib/requests/replies/letter";
import { listReplyTemplates } from "@/lib/requests/replies/reply-templates";
import { resetTemplateAction, saveTemplateAction } from "./actions";

/** 答复书模板: an agency administrator or leader edits the letter of each outcome. */
export default async function ReplyTemplatesPage({ searchParams }: { searchParams: Promise<{ agency?: string }> }) {
  const user = await requirePageAccess("request.templates");
  const { agency } = await searchParams;
  const scope = agencyScope(user, "request.templates");
  const memberships = user.memberships as readonly CurrentUser["memberships"][number][];
  const agencies = memberships
    .map((m) => m.agency)
    .filter((a, i, all) => (scope === "all" || scope.includes(a.id)) && all.findIndex((b) => b.id === a.id) === i);
  const current = agencies.find((a) => a.id === agency) ?? agencies[0];
  const t = await getTranslations("replies.templates");
  const tr = await getTranslations("requests");
  if (!current) return <PageHeader title={t("pageTitle")} />;
  const templates = await listReplyTemplates(user, current.id);
  const bodies = await remedyBodiesOf(current.id);

  return (
    <div className="space-y-6">
      <PageHeader title={t("pageTitle")} />
      {agencies.length > 1 ? (
        <p className="flex flex-wrap gap-3">
          {agencies.map((a) => (
            <Link key={a.id} href={`?agency=${a.id}`} className={a.id === current.id ? "font-semibold" : "underline"}>
              {a.shortName}
            </Link>
          ))}
        </p>
      ) : null}
      <p>{t("intro", { agency: current.name })}</p>
      <p className="text-sm text-stone-700">
        {t("placeholders")}：{PLACEHOLDERS.join(" ")}
      </p>
      <p className="text-sm text-stone-700">{t("variants")}</p>
      <p className="text-sm text-stone-700">{t("remedies", { sentence: remediesSentence(bodies) })}</p>
      {templates.map((tpl) => (
        <details key={tpl.outcome} className="rounded border border-stone-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold">
            {tr(`outcomes.${tpl.outcome}`)}
            {"　"}
            <span className="text-sm font-normal text-stone-600">{tpl.custom ? t("custom") : t("default")}</span>
          </summary>
          <div className="mt-3 space-y-3">
            <p className="text-sm">
              {t("defaultGround")}：{tpl.legalGround || t("noDefaultGround")}
            </p>
            <RequestReplyTemplateForm
              action={saveTemplateAction.bind(null, current.id)}
              outcome={tpl.outcome}
              title={tpl.title}
              body={tpl.body}
            />
            {tpl.custom ? (
              <ActionForm
                action={resetTemplateAction.bind(null, current.id, tpl.outcome)}
                label={t("reset")}
                variant="secondary"
              />
            ) : null}
          </div>
        </details>
      ))}
    </div>
  );
}
