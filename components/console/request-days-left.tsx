// Working days left before the reply deadline: red once it has passed, none without a running deadline.
import { getTranslations } from "next-intl/server";

export async function RequestDaysLeft({ days }: { days: number | null }) {
  const t = await getTranslations("requestConsole");
  if (days === null) return <span className="text-stone-500">{t("noDeadline")}</span>;
  if (days < 0)
    return (
      <strong className="text-red-800" data-overdue="true">
        {t("daysOverdue", { days: -days })}
      </strong>
    );
  if (days === 0) return <strong className="text-amber-800">{t("dueToday")}</strong>;
  return <span className={days <= 5 ? "font-semibold text-amber-800" : undefined}>{t("daysLeft", { days })}</span>;
}
