import { describe, expect, it } from "vitest";
import { highlight, highlightHtml, snippet } from "./highlight";
import { indexTokens, parseQuery } from "./tokenize";

const needles = (q: string) => {
  const parsed = parseQuery(q);
  if (parsed.kind !== "ok") throw new Error(parsed.kind);
  return parsed.needles;
};
const marked = (parts: ReturnType<typeof highlight>) => parts.filter((p) => p.mark).map((p) => p.text);
const noLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("tokens of rare characters (生僻字)", () => {
  it("indexes characters beyond the BMP as ideographs (Ext B–G), not as separators", () => {
    expect(indexTokens("王𬌗明")).toEqual(["王𬌗", "𬌗明", "明"]);
    expect(indexTokens("𠮷𪚥𰻞𱁬")).toEqual(["𠮷𪚥", "𪚥𰻞", "𰻞𱁬", "𱁬"]);
  });
  it("ignores variation selectors (an IVS chooses a glyph, not a character)", () => {
    expect(indexTokens("𠮷\u{E0100}野家")).toEqual(indexTokens("𠮷野家"));
    expect(parseQuery("𠮷\u{E0100}野")).toMatchObject({ kind: "ok", tsquery: "'𠮷野'" });
  });
  it("keeps compatibility ideographs NFKC does not change (﨑) and folds those it does", () => {
    expect(indexTokens("﨑玉")).toEqual(["﨑玉", "玉"]);
    expect(indexTokens("\uF900")).toEqual(["豈"]);
  });
  it("counts the query's length in characters, not UTF-16 units", () => {
    expect(parseQuery("𬌗".repeat(100)).kind).toBe("ok");
    expect(parseQuery("𬌗".repeat(101))).toEqual({ kind: "tooLong", max: 100 });
  });
});

describe("highlight", () => {
  it("marks a rare character whole", () => {
    expect(highlight("王𬌗明的申请", needles("𬌗明"))).toEqual([
      { text: "王", mark: false },
      { text: "𬌗明", mark: true },
      { text: "的申请", mark: false },
    ]);
  });
  it("finds a name written with an IVS by the query without it, and marks the selector with its base", () => {
    const parts = highlight("𠮷\u{E0100}野家公告", needles("𠮷野"));
    expect(marked(parts)).toEqual(["𠮷\u{E0100}野"]);
    expect(parts.map((p) => p.text).join("")).toBe("𠮷\u{E0100}野家公告");
  });
  it("never ends a mark between a base and its combining mark", () => {
    const parts = highlight("关于\u0301通知", needles("关于"));
    expect(marked(parts)).toEqual(["关于\u0301"]);
  });
  it("is case- and width-insensitive (full-width digits, Latin)", () => {
    expect(marked(highlight("２０２３年ＰＤＦ版", needles("2023 pdf")))).toEqual(["２０２３", "ＰＤＦ"]);
  });
  it("escapes markup in the HTML form", () => {
    expect(highlightHtml(highlight("<b>𬌗明</b>", needles("𬌗明")))).toBe("&lt;b&gt;<mark>𬌗明</mark>&lt;/b&gt;");
  });
});

describe("snippet", () => {
  it("cuts its window at code points, never inside a surrogate pair or before a mark", () => {
    for (let pad = 0; pad < 6; pad++) {
      const text = `${"甲".repeat(pad)}${"𬌗\u{E0100}".repeat(60)}王𬌗明${"𪚥".repeat(200)}`;
      const parts = snippet([text], needles("王𬌗"), 40)!;
      const joined = parts.map((p) => p.text).join("");
      expect(joined).not.toMatch(noLoneSurrogate);
      expect(joined).not.toMatch(/^…[\u{E0100}-\u{E01EF}]/u);
      expect(marked(parts)).toEqual(["王𬌗"]);
    }
  });
  it("stays fast on a page of long bodies (20 hits, 70,000 characters each, the match at the end)", () => {
    const body = "关于开展２０２３年商贸流通领域安全生产检查的通知（元商务〔2018〕5号）PDF版𠮷\u{E0100}野".repeat(1500);
    const started = performance.now();
    for (let hit = 0; hit < 20; hit++) {
      const parts = snippet(
        ["概述", body.slice(0, 20_000), "关键词", `${body.slice(0, 50_000)}王𬌗明`],
        needles("𬌗明"),
      )!;
      expect(marked(parts)).toEqual(["𬌗明"]);
    }
    expect(performance.now() - started).toBeLessThan(2_000); // ≈ 60 ms on an idle machine
  });
  it("marks a match after variation selectors and expanding characters (㈱) at the right place", () => {
    const text = `${"𠮷\u{E0100}".repeat(50)}㈱${"Ａ".repeat(30)}王𬌗明`;
    expect(marked(highlight(text, needles("𬌗明")))).toEqual(["𬌗明"]);
    expect(marked(highlight(text, needles("株")))).toEqual(["㈱"]);
    expect(
      snippet([text], needles("𬌗明"), 20)!
        .map((p) => p.text)
        .join(""),
    ).toMatch(/王𬌗明$/u);
  });
  it("finds nothing when no source matches", () => {
    expect(snippet(["无关内容"], needles("𬌗明"))).toBeNull();
  });
});
