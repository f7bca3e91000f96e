import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemForm } from "@/components/console/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { loadItemFormOptions } from "@/lib/items/form-options";
import { findItemForUser, openRevisionOf } from "@/lib/items/queries";
import { EDITABLE_STATUSES } from "@/lib/items/workflow";
import { updateItemAction } from "../../actions";

export default async function EditItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const item = await findItemForUser(user, id);
  if (!item || !can(user, "item.draft", item.agencyId)) notFound();
  const revision = openRevisionOf(item);
  if (!revision || !EDITABLE_STATUSES.includes(revision.status) || revision.drafterId !== user.id) notFound();
  const [t, options] = await Promise.all([getTranslations("items"), loadItemFormOptions(user)]);
  return (
    <div>
      <PageHeader title={t("edit")} />
      {revision.returnComment ? (
        <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2">
          {t("console.returnedWith", { comment: revision.returnComment })}
        </p>
      ) : null}
      <ItemForm
        action={updateItemAction.bind(null, item.id)}
        options={options}
        submitLabel={t("console.saveDraft")}
        values={{
          agencyId: item.agencyId,
          title: revision.title,
          documentNumber: revision.documentNumber,
          writtenOn: fromDbDate(revision.writtenOn),
          subjectCategory: revision.subjectCategory,
          catalogueCategoryId: revision.catalogueCategoryId,
          genre: revision.genre,
          documentKind: revision.documentKind,
          channels: revision.channels,
          keywords: revision.keywords,
          summary: revision.summary,
          bodyMarkdown: revision.bodyMarkdown,
          disclosure: revision.disclosure,
          withholdGround: revision.withholdGround,
          withholdReason: revision.withholdReason,
          interpretsItemId: item.interpretsItemId,
        }}
      />
    </div>
  );
}
