// The HTML of the report tables: real tables with captions, headings linked to every figure, drill-down links
// only where the caller gives a URL, and the missing-figure mark spoken as words.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { handBuiltFigures } from "@/tests/integration/reports/public-figures";
import { ReportTables, type CellHref } from "./report-tables";

function render(props: Parameters<typeof ReportTables>[0]) {
  const children = createElement(ReportTables, props);
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
      messages: loadMessages("zh-CN"),
      children,
    }),
  );
}

describe("ReportTables", () => {
  it("draws 表二, 表三 and 表四 as captioned tables whose figures name existing headings", () => {
    const html = render({ figures: handBuiltFigures(2025), view: "current" });
    expect(html.match(/<table/g)).toHaveLength(3);
    expect(html.match(/<caption/g)).toHaveLength(3);
    for (const title of [
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ])
      expect(html).toContain(`>${title}</h2>`);
    const ids = new Set([...html.matchAll(/<th id="([^"]+)"/g)].map((m) => m[1]));
    const referenced = [...html.matchAll(/<td headers="([^"]+)"/g)].flatMap((m) => m[1].split(" "));
    expect(referenced.length).toBeGreaterThan(200);
    for (const id of referenced) expect(ids.has(id), id).toBe(true);
    expect(html).not.toContain("<a ");
  });

  it("links figures where cellHref gives a URL", () => {
    const cellHref: CellHref = (table, row, column) =>
      table === "requests" && row === "new" ? `/drill?row=${row}&column=${column}` : undefined;
    const html = render({ figures: handBuiltFigures(2025), view: "current", cellHref, headingLevel: 3 });
    expect(html.match(/<a /g)).toHaveLength(7);
    expect(html).toContain('href="/drill?row=new&amp;column=natural_person"');
    expect(html).toContain("<h3");
  });

  it("draws the older table with the year, and says 未填报 for a missing figure", () => {
    const figures = handBuiltFigures(2017);
    figures.legacy.legacy.rows[2].values = [null, 0];
    const html = render({ figures, view: "legacy", year: 2017 });
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).toContain(">2017</th>");
    expect(html).toContain("未填报");
  });
});
