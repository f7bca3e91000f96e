import Link from "next/link";
import { cellAnchorId } from "@/lib/reports/cell-anchor";
import { getTranslations } from "next-intl/server";
import type { WriterFigure, WriterFigures } from "@/lib/reports/types";

type Props = { figures: WriterFigures; feesCollectedYuan: number; href: (key: string) => string };

/** The computed figures a writer cites beside the editor, each a link to the records it counts. */
export async function ReportWriterFigures({ figures, feesCollectedYuan, href }: Props) {
  const t = await getTranslations("consoleReports.writer");
  const number = (key: string, value: number) => (
    <Link
      href={href(key)}
      id={cellAnchorId("writer", key, "value")}
      className="scroll-mt-4 font-semibold text-blue-800 underline"
    >
      {value}
    </Link>
  );
  const list = (items: WriterFigure[]) =>
    items.length === 0 ? (
      <p className="text-sm text-stone-600">{t("noneInYear")}</p>
    ) : (
      <ul className="space-y-1">
        {items.map((f) => (
          <li key={f.key} className="flex justify-between gap-3">
            <span>{f.label}</span>
            {number(f.key, f.value)}
          </li>
        ))}
      </ul>
    );
  const singles: [key: keyof WriterFigures & string, value: number][] = [
    ["interpretations", figures.interpretations],
    ["requestsReceived", figures.requestsReceived],
    ["requestsConcluded", figures.requestsConcluded],
    ["repliedLate", figures.repliedLate],
  ];
  return (
    <section
      aria-labelledby="writer-figures"
      className="space-y-4 rounded border border-stone-300 bg-stone-50 p-4"
      data-testid="writer-figures"
    >
      <h2 id="writer-figures" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <div className="space-y-1">
        <h3 className="font-medium">{t("byCategory")}</h3>
        {list(figures.byCategory)}
      </div>
      <div className="space-y-1">
        <h3 className="font-medium">{t("byChannel")}</h3>
        {list(figures.byChannel)}
      </div>
      <ul className="space-y-1 border-t border-stone-300 pt-3">
        {singles.map(([key, value]) => (
          <li key={key} className="flex justify-between gap-3">
            <span>{t(key)}</span>
            {number(key, value)}
          </li>
        ))}
        <li className="flex justify-between gap-3">
          <span>{t("fees")}</span>
          <span className="font-semibold">{t("feesValue", { amount: feesCollectedYuan })}</span>
        </li>
      </ul>
    </section>
  );
}
