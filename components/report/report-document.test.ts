// The report page's document: title, sections in the official order with the tables between 一 and 五, the
// narrative sanitised with its headings nested under the section's, the fees sentence and the 落款.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { handBuiltFigures } from "@/tests/integration/reports/public-figures";
import { nestHeadings, ReportDocument } from "./report-document";

function render(props: Parameters<typeof ReportDocument>[0]) {
  const children = createElement(ReportDocument, props);
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
      messages: loadMessages("zh-CN"),
      children,
    }),
  );
}

const narrative = {
  introduction: "本报告根据条例编制。",
  overview: "## 一是完善制度\n\n我局健全了工作机制。<script>alert(1)</script>",
  problems: "时效性有待提高。",
  otherMatters: "无。",
};

describe("ReportDocument", () => {
  it("lays the report out like the official document", () => {
    const html = render({
      agencyName: "三明市三元区商务局",
      year: 2025,
      scope: "OWN",
      format: "GOV_2021",
      figures: handBuiltFigures(2025, { feesCollectedYuan: 0 }),
      narrative,
      publishedOn: "2026-01-20",
    });
    expect(html).toContain('<h1 class="text-2xl font-bold">三明市三元区商务局2025年政府信息公开工作年度报告</h1>');
    const order = [
      "本报告根据条例编制。",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
      "2025年度，本机关未收取政府信息公开信息处理费。",
      "2026年1月20日",
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain("<h3>一是完善制度</h3>");
    expect(html).not.toContain("<script");
  });

  it("nests narrative headings one level under the section heading", () => {
    expect(nestHeadings("<h2>甲</h2><p>x</p><h4>乙</h4>")).toBe("<h3>甲</h3><p>x</p><h5>乙</h5>");
  });
});
