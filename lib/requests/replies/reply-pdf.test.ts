// The reply letter PDF parses in pdf.js and its text is the letter's; its fonts are embedded subsets, so an
// applicant whose name holds a character beyond the BMP (王𬌗明) sees it printed, in every viewer.
import { describe, expect, it } from "vitest";
import { extractPdfText } from "@/lib/attachments/extract-text";
import { readBack } from "@/lib/pdf/read-back";
import { remediesSentence, withRemedies } from "./letter";
import { LETTER_NUMBER_PENDING, type ReplyLetterPdfInput, replyLetterPdf, wrapText } from "./reply-pdf";

const BODIES = { reviewBody: "三明市三元区人民政府", court: "三明市三元区人民法院" };
const REMEDIES_SENTENCE = remediesSentence(BODIES);

const squash = (text: string) => text.replace(/\s+/g, "");

describe("replyLetterPdf", () => {
  const letter = withRemedies(
    "张三：\n\n本机关于2026年11月2日收到您提出的政府信息公开申请（查询码：ABCD-EFGH-JKLM-NPQR），您申请公开的信息为：“2017年安全生产检查记录”。\n\n经审查，您申请公开的信息属于可以公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关向您提供该政府信息。",
    BODIES,
  );

  it("is a PDF whose text holds the applicant, the letter and the remedies", async () => {
    const pdf = await replyLetterPdf({
      agencyName: "三明市三元区商务局",
      applicantName: "张三",
      trackingCode: "ABCD-EFGH-JKLM-NPQR",
      letterNumber: "元商务依申〔2026〕7号",
      letterMarkdown: letter,
      sentOn: "2026-11-30",
      outcome: "GRANTED",
    });
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = squash(await extractPdfText(pdf));
    expect(text).toContain("张三");
    expect(text).toContain(squash(REMEDIES_SENTENCE));
    expect(text).toContain("三明市三元区商务局");
    expect(text).toContain("政府信息公开申请答复书");
    expect(text).toContain("2026年11月30日");
    // The agency's own 文号, never the tracking code, heads the letter.
    expect(text).toContain("元商务依申〔2026〕7号");
    expect(text).not.toContain("依申请公开第");
    expect(text).toContain("第三十六条第（二）项");
  });

  it("breaks a long letter over several pages and numbers them", async () => {
    const long = withRemedies(
      Array.from(
        { length: 40 },
        (_, i) => `第${i + 1}段：本机关依法审查了您申请公开的信息，现将有关情况告知如下，请您知悉。`,
      ).join("\n\n"),
      BODIES,
    );
    const pdf = await replyLetterPdf({
      agencyName: "三明市三元区商务局",
      applicantName: "李四",
      trackingCode: "ABCD-EFGH-JKLM-NPQR",
      letterMarkdown: long,
      approvedOn: new Date("2026-12-01T00:00:00Z"),
    });
    expect(pdf.toString("latin1")).toMatch(/\/Count [2-9]/);
    const text = squash(await extractPdfText(pdf));
    expect(text).toContain("第40段");
    expect(text).toContain(squash(REMEDIES_SENTENCE));
    expect(text).toContain("—2—");
    expect(text).toContain(squash(LETTER_NUMBER_PENDING));
  });

  it("prints a rare name with embedded fonts, stays small and gives the same bytes for the same letter", async () => {
    const input: ReplyLetterPdfInput = {
      agencyName: "三明市三元区商务局",
      applicantName: "王𬌗明",
      trackingCode: "ABCD-EFGH-JKLM-NPQR",
      letterNumber: "元商务依申〔2026〕8号",
      letterMarkdown: withRemedies(
        "王𬌗明：\n\n本机关于2026年11月2日收到您提出的政府信息公开申请，您申请公开的信息为：“𠮷田路拓宽工程批复”。经审查，该信息属于可以公开的政府信息，现予提供。",
        BODIES,
      ),
      sentOn: "2026-11-30",
      outcome: "GRANTED",
    };
    const pdf = await replyLetterPdf(input);
    const read = await readBack(pdf);
    expect(read.pages).toBe(1);
    for (const font of read.fonts) expect(font.embedded, font.name).toBe(true);
    const text = squash(read.items.map((i) => i.str).join(""));
    expect(text).toContain("王𬌗明：");
    expect(text).toContain("𠮷田路拓宽工程批复");
    expect(text).not.toContain("?");
    // A one-page letter: tens of kilobytes (font subsets), not megabytes (whole fonts).
    expect(pdf.length).toBeLessThan(150_000);
    expect((await replyLetterPdf(input)).equals(pdf)).toBe(true);
  });

  it("wraps by character width and never starts a line with closing punctuation", () => {
    const lines = wrapText("一二三四五，六七八", 10, 50);
    expect(lines).toEqual(["一二三四五，", "六七八"]);
    expect(wrapText("abcdefghij", 10, 50)).toEqual(["abcdefghij"]); // ten proportional letters fit in 50pt
    expect(wrapText("一二三四五", 10, 50, 2)).toEqual(["一二三", "四五"]);
  });
});
