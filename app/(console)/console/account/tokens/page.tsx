import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/console/action-form";
import { TokenCreateForm } from "@/components/console/token-create-form";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { listTokens, tokenStatus } from "@/lib/api/tokens";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { createTokenAction, revokeTokenAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("tokens"))("title") };
}

const STATUS_KEY = { active: "statusActive", expired: "statusExpired", revoked: "statusRevoked" } as const;

export default async function TokensPage() {
  const user = await requirePageAccess("token.manage");
  const [t, tokens] = await Promise.all([getTranslations("tokens"), listTokens(user)]);
  const now = new Date();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")}>
        <a href="/api/v1/openapi.json" className="rounded border border-stone-400 bg-white px-4 py-2">
          {t("apiDocs")}
        </a>
      </PageHeader>
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      <section aria-labelledby="create-token" className="space-y-3">
        <h2 id="create-token" className="text-lg font-semibold">
          {t("createTitle")}
        </h2>
        <TokenCreateForm action={createTokenAction} />
      </section>
      <section aria-labelledby="my-tokens" className="space-y-3">
        <h2 id="my-tokens" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {tokens.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable
            headers={[
              t("columnName"),
              t("columnPrefix"),
              t("columnCreated"),
              t("columnLastUsed"),
              t("columnExpires"),
              t("columnStatus"),
              <span key="revoke" className="sr-only">
                {t("revoke")}
              </span>,
            ]}
          >
            {tokens.map((token) => {
              const status = tokenStatus(token, now);
              return (
                <tr key={token.id} className="border-b border-stone-200 align-top">
                  <td className="px-3 py-2">{token.name}</td>
                  <td className="px-3 py-2 font-mono text-sm">{token.prefix}…</td>
                  <td className="px-3 py-2 text-sm">
                    <DateTime value={token.createdAt} />
                  </td>
                  <td className="px-3 py-2 text-sm">
                    {token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : t("never")}
                  </td>
                  <td className="px-3 py-2 text-sm">
                    {token.expiresAt ? <DateTime value={token.expiresAt} /> : t("noExpiry")}
                  </td>
                  <td className="px-3 py-2">
                    {status === "active" ? (
                      t(STATUS_KEY[status])
                    ) : (
                      <span className="text-red-800">{t(STATUS_KEY[status])}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {status === "revoked" ? null : (
                      <ActionForm
                        action={revokeTokenAction.bind(null, token.id)}
                        label={t("revoke")}
                        variant="danger"
                        testId={`revoke-${token.id}`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
