// 当前位置: one ordered list in a named nav, 首页 first, the page itself last (aria-current, not a link),
// English links under /en, and a long title cut by whole graphemes (a 生僻字 or an accent never split).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

function render(trail: Crumb[], locale = "zh-CN") {
  const children = createElement(Breadcrumbs, { trail });
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Asia/Shanghai",
      messages: loadMessages(locale),
      children,
    }),
  );
}

describe("Breadcrumbs", () => {
  it("lists 首页 › section › page, the last one current and not a link", () => {
    const html = render(["catalogue", { label: "商务局", href: "/catalogue/350403001" }, { label: "通知" }]);
    expect(html).toContain('<nav aria-label="当前位置"');
    expect(html.match(/<li/g)).toHaveLength(4);
    expect(html).toContain('href="/">首页</a>');
    expect(html).toContain('href="/catalogue">政府信息公开目录</a>');
    expect(html).toContain('href="/catalogue/350403001">商务局</a>');
    expect(html).toMatch(/<span aria-current="page"[^>]*>通知<\/span>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("keeps the /en prefix on English pages", () => {
    const html = render(["guide", { label: "Commerce" }], "en");
    expect(html).toContain('<nav aria-label="You are here"');
    expect(html).toContain('href="/en">Home</a>');
    expect(html).toContain('href="/en/guide">Disclosure guides</a>');
  });

  it("cuts a long title by whole graphemes and keeps the whole title in its tooltip", () => {
    const title = `${"关于".repeat(14)}𠮷\u{E0100}e\u0301的通知`;
    const html = render(["catalogue", { label: title }]);
    const shown = html.match(/<span aria-current="page" title="([^"]*)">([^<]*)<\/span>/)!;
    expect(shown[1]).toBe(title);
    expect(shown[2].endsWith("…")).toBe(true);
    expect([...new Intl.Segmenter("zh-CN", { granularity: "grapheme" }).segment(shown[2])]).toHaveLength(30);
    // The variation selector stays with 𠮷: no lone surrogate, no bare base.
    expect(shown[2]).toContain("𠮷\u{E0100}");
    expect(shown[2]).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
