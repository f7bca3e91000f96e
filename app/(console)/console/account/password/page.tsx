import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/console/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guards";
import { changePasswordAction } from "./actions";

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ allowPasswordChange: true });
  const t = await getTranslations("console");
  return (
    <div>
      <PageHeader title={t("password.title")} />
      {user.mustChangePassword ? (
        <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2">
          {t("dashboard.mustChangePassword")}
        </p>
      ) : null}
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
