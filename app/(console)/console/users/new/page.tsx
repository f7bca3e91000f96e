import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/console/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForUser } from "@/lib/agencies/queries";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { createUserAction } from "../actions";

export default async function NewUserPage() {
  const user = await requirePageAccess("user.create");
  const [t, agencies] = await Promise.all([getTranslations("console.users"), listAgenciesForUser(user)]);
  const allowed = agencies.filter((a) => can(user, "user.create", a.id)).map((a) => ({ id: a.id, name: a.name }));
  return (
    <div>
      <PageHeader title={t("new")} />
      <CreateUserForm action={createUserAction} agencies={allowed} />
    </div>
  );
}
