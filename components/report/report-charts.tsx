// Key figures of an agency's published reports over the years, drawn on the server as plain SVG (no chart
// library, no script): 主动公开, requests received and concluded, 行政复议 and 行政诉讼. Each chart is an image
// with a title and a description; the same figures follow as a table, which screen readers and print use.
import { useTranslations } from "next-intl";
import { valueAxis } from "@/lib/reports/public/chart-scale";
import type { YearFigures } from "@/lib/reports/public/queries";

type Series = { key: keyof Omit<YearFigures, "year">; color: string };

const RED = "#a4161a"; // --color-gov-red
const GREY = "#57534e"; // stone-600: distinct from the red in greyscale print too

const CHARTS: { key: string; series: Series[] }[] = [
  { key: "proactive", series: [{ key: "itemsPublished", color: RED }] },
  {
    key: "requests",
    series: [
      { key: "requestsReceived", color: RED },
      { key: "requestsConcluded", color: GREY },
    ],
  },
  {
    key: "appeals",
    series: [
      { key: "reviews", color: RED },
      { key: "lawsuits", color: GREY },
    ],
  },
];

// Small viewBox, large type: the charts sit three abreast (or full width on a phone) and must stay legible.
const W = 400;
const H = 230;
const PAD = { left: 40, right: 8, top: 34, bottom: 28 };

export function ReportCharts({ series }: { series: YearFigures[] }) {
  const t = useTranslations("portalReports.charts");
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="charts-title" className="space-y-4">
      <h2 id="charts-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        {CHARTS.map((chart) => (
          <Chart
            key={chart.key}
            id={`chart-${chart.key}`}
            title={t(`${chart.key}.title`)}
            years={series}
            series={chart.series}
            label={(key) => t(`series.${key}`)}
          />
        ))}
      </div>
      <div role="region" aria-labelledby="charts-table-caption" tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[28rem] border-collapse bg-white text-sm">
          <caption id="charts-table-caption" className="py-1 text-left font-medium">
            {t("tableCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border border-stone-300 bg-stone-100 px-2 py-1">
                {t("year")}
              </th>
              {CHARTS.flatMap((c) => c.series).map((s) => (
                <th key={s.key} scope="col" className="border border-stone-300 bg-stone-100 px-2 py-1">
                  {t(`series.${s.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((y) => (
              <tr key={y.year}>
                <th scope="row" className="border border-stone-300 px-2 py-1 font-medium">
                  {t("yearValue", { year: y.year })}
                </th>
                {CHARTS.flatMap((c) => c.series).map((s) => (
                  <td key={s.key} className="border border-stone-300 px-2 py-1 text-center tabular-nums">
                    {y[s.key] ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Chart({
  id,
  title,
  years,
  series,
  label,
}: {
  id: string;
  title: string;
  years: YearFigures[];
  series: Series[];
  label: (key: string) => string;
}) {
  const axis = valueAxis(years.flatMap((y) => series.map((s) => y[s.key])));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / years.length;
  const barW = Math.min(36, (slot * 0.7) / series.length);
  const yOf = (v: number) => PAD.top + plotH - (v / axis.max) * plotH;
  // Many years: label every n-th year and leave the values to the table, so labels never collide.
  const labelEvery = Math.ceil(years.length / 10);
  const showValues = barW >= 16;
  const description = years
    .map((y) => `${y.year}：${series.map((s) => `${label(s.key)} ${y[s.key] ?? "—"}`).join("，")}`)
    .join("；");
  return (
    <figure className="rounded border border-stone-200 bg-white p-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        className="h-auto w-full"
        data-chart={id}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {/* Legend */}
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(${PAD.left + i * 130}, 6)`}>
            <rect width="14" height="14" fill={s.color} />
            <text x="20" y="13" fontSize="15" fill="#1c1917">
              {label(s.key)}
            </text>
          </g>
        ))}
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={yOf(tick)} y2={yOf(tick)} stroke="#d6d3d1" strokeWidth="1" />
            <text x={PAD.left - 6} y={yOf(tick) + 5} fontSize="14" textAnchor="end" fill="#44403c">
              {tick}
            </text>
          </g>
        ))}
        {years.map((y, i) => {
          const x0 = PAD.left + i * slot + (slot - barW * series.length) / 2;
          return (
            <g key={y.year}>
              {series.map((s, j) => {
                const value = y[s.key];
                if (value === null) return null;
                const top = yOf(value);
                return (
                  <g key={s.key}>
                    <rect x={x0 + j * barW} y={top} width={barW - 2} height={PAD.top + plotH - top} fill={s.color} />
                    {showValues ? (
                      <text
                        x={x0 + j * barW + (barW - 2) / 2}
                        y={top - 4}
                        fontSize="13"
                        textAnchor="middle"
                        fill="#1c1917"
                      >
                        {value}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {i % labelEvery === 0 ? (
                <text x={PAD.left + i * slot + slot / 2} y={H - 8} fontSize="14" textAnchor="middle" fill="#44403c">
                  {y.year}
                </text>
              ) : null}
            </g>
          );
        })}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          stroke="#57534e"
          strokeWidth="1"
        />
      </svg>
      <figcaption className="mt-1 text-center text-sm font-medium">{title}</figcaption>
    </figure>
  );
}
