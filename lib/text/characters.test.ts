import { describe, expect, it } from "vitest";
import { characterCount, fitCharacters, truncate } from "./characters";
import { titleFromFileName } from "@/lib/requests/replies/propose-for-catalogue";
import { descriptionSimilarity } from "@/lib/requests/similar-requests";

// Rare characters (生僻字) in people's and places' names: each is ONE character, two UTF-16 units.
const RARE = "𬌗"; // U+2C317 (Extension E), a name character; 𠮷 U+20BB7 and 𪚥 U+2A6A5 are Extension B
const IVS = "𠮷\u{E0100}"; // 𠮷 with an ideographic variation selector: one grapheme, two code points
const ACUTE = "e\u0301"; // e + combining acute accent

describe("characterCount (what limits count)", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(characterCount("王𬌗明")).toBe(3);
    expect("王𬌗明".length).toBe(4);
    expect(characterCount("𠮷𪚥𰻞𱁬")).toBe(4);
    expect(characterCount("")).toBe(0);
  });
  it("counts a combining mark or a variation selector as a code point of its own", () => {
    expect(characterCount(ACUTE)).toBe(2);
    expect(characterCount(IVS)).toBe(2);
  });
  it("counts a lone surrogate as one (it is refused elsewhere, not miscounted)", () => {
    expect(characterCount("\uD842")).toBe(1);
    expect(characterCount("a\uDFB7b")).toBe(3);
  });
});

describe("truncate (what excerpts cut)", () => {
  it("leaves a short text alone", () => {
    expect(truncate("王𬌗明", 3)).toBe("王𬌗明");
    expect(truncate("王𬌗明", 10)).toBe("王𬌗明");
  });
  it("never cuts a character beyond the BMP in half", () => {
    const name = `${RARE}`.repeat(10);
    const cut = truncate(name, 4);
    expect(cut).toBe(`${RARE.repeat(3)}…`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  it("keeps a base with its combining mark and its variation selector", () => {
    expect(truncate(`caf${ACUTE}s and more`, 5)).toBe(`caf${ACUTE}…`);
    expect(truncate(`${IVS}野家的牛丼`, 3)).toBe(`${IVS}野…`);
    expect(truncate(`${IVS}${IVS}${IVS}`, 2)).toBe(`${IVS}…`);
  });
  it("counts the ellipsis towards the limit, and takes another one", () => {
    expect(truncate("一二三四五六", 4, "...")).toBe("一...");
    expect(truncate("一二三四五六", 1)).toBe("…");
    expect(truncate("一二三", 0)).toBe("");
  });
  it("stays fast on a very long text (only a prefix is segmented)", () => {
    const long = "关于𬌗明同志任职的通知".repeat(50_000);
    const started = performance.now();
    expect(truncate(long, 10)).toBe("关于𬌗明同志任职的…");
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("fitCharacters (what fits a stored limit)", () => {
  it("keeps at most max code points, in whole graphemes", () => {
    expect(fitCharacters("王𬌗明", 2)).toBe("王𬌗");
    expect(fitCharacters(`王${IVS}明`, 2)).toBe("王"); // 𠮷 + its selector is 2 code points: both or neither
    expect(fitCharacters(`王${IVS}明`, 3)).toBe(`王${IVS}`);
    expect(fitCharacters("王𬌗明", 3)).toBe("王𬌗明");
  });
  it("makes a title of a long file name without breaking a rare character", () => {
    const title = titleFromFileName(`${"𬌗".repeat(400)}.pdf`);
    expect(characterCount(title)).toBe(300);
    expect(title).toBe("𬌗".repeat(300));
  });
});

describe("description similarity (重复申请 hint)", () => {
  it("pairs characters, not UTF-16 halves", () => {
    // As UTF-16 units, 𠮷 alone (D842 DFB7) was a "bigram" both texts shared (0.33); as characters they share none.
    expect(descriptionSimilarity("𬌗𠮷", "𬌘𠮷")).toBe(0);
    expect(descriptionSimilarity("申请王𬌗明的材料", "申请王𬌗明的材料")).toBe(1);
  });
});
