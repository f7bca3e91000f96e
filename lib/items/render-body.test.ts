import { describe, expect, it } from "vitest";
import { plainText, renderBody } from "./render-body";

describe("item body sanitising", () => {
  it("keeps document structure", () => {
    const html = renderBody(
      "# 关于印发通知\n\n第一条 **重要**内容。\n\n- 一\n- 二\n\n| 项目 | 数量 |\n|---|---|\n| 文件 | 15 |",
    );
    expect(html).toContain("<h2>关于印发通知</h2>");
    expect(html).toContain("<strong>重要</strong>");
    expect(html).toContain("<li>一</li>");
    expect(html).toContain("<td>15</td>");
  });

  it.each([
    ["<script>alert(1)</script>正文", "script"],
    ['<img src=x onerror="alert(1)">', "onerror"],
    ['<a href="javascript:alert(1)">点击</a>', "javascript:"],
    ['<iframe src="https://evil.example"></iframe>', "iframe"],
    ['<p style="position:fixed">x</p>', "style"],
    ["<svg><script>alert(1)</script></svg>", "svg"],
    ["[链接](javascript:alert(1))", "javascript:"],
    ['<form action="https://evil.example"><input name=p></form>', "form"],
  ])("removes %s", (input, forbidden) => {
    expect(renderBody(input).toLowerCase()).not.toContain(forbidden);
  });

  it("keeps safe links with rel=noopener", () => {
    expect(renderBody("[三元区政府网](https://www.smsy.gov.cn)")).toContain(
      '<a href="https://www.smsy.gov.cn" rel="noopener noreferrer">',
    );
  });

  it("strips markup from metadata", () => {
    expect(plainText('<b onclick="x()">关于</b>开展<script>alert(1)</script>检查')).toBe("关于开展检查");
  });
});
