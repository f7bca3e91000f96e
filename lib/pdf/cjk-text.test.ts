// Line breaking with the embedded fonts' widths: Chinese between any two characters, 避头 punctuation kept on the
// line before, Latin words and numbers whole.
import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "./cjk-text";

describe("wrapText", () => {
  it("moves a Latin word or a number whole to the next line", () => {
    const text = "申请人：Wang Xiaoming，身份证号码350403199001011234，地址Room 1101 Wuyi Road";
    const lines = wrapText(text, 12, 120);
    // Nothing is lost but the spaces the lines broke at.
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    for (const [i, line] of lines.entries()) {
      // (closing punctuation may hang into the margin: 避头)
      expect(textWidth(line.replace(/[，。、；：）]$/u, ""), 12), line).toBeLessThanOrEqual(120.01);
      if (i === 0) continue;
      // No line starts inside a word: the character before its start in the text is no letter or digit.
      const before = lines[i - 1].at(-1) ?? "";
      expect(/[A-Za-z0-9]/.test(before) && /^[A-Za-z0-9]/.test(line), `${lines[i - 1]} | ${line}`).toBe(false);
    }
    expect(lines.some((l) => l.includes("350403199001011234"))).toBe(true);
  });

  it("breaks a word wider than the line where it must", () => {
    const url = "https://gongkai.example.gov.cn/requests/ABCD-EFGH-JKLM-NPQR/replies/1234567890";
    const lines = wrapText(url, 12, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(url);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100.01);
  });

  it("keeps Chinese breaking between characters and closing punctuation off the start of a line", () => {
    expect(wrapText("一二三四五，六七八", 10, 50)).toEqual(["一二三四五，", "六七八"]);
    expect(wrapText("一二三四五", 10, 50, 2)).toEqual(["一二三", "四五"]);
  });

  it("counts characters beyond the BMP as one character of one em", () => {
    expect(textWidth("王𬌗明", 10)).toBe(30);
    expect(wrapText("王𬌗明𰻞", 10, 20)).toEqual(["王𬌗", "明𰻞"]);
  });
});
