import { describe, expect, it } from "vitest";
import { REPLY_OUTCOMES } from "../vocabulary";
import { defaultLegalGround, REPLY_RULES, replyTitle } from "./legal-grounds";
import {
  chineseDate,
  defaultTemplateBody,
  escapeMarkdown,
  fillTemplate,
  letterParagraphs,
  PLACEHOLDERS,
  REMEDIES_SENTENCE,
  withRemedies,
  type LetterValues,
} from "./letter";
import { unknownPlaceholders } from "./reply-templates";

describe("legal grounds (条例 2019)", () => {
  it("has a rule for every reply outcome, and the grounds the issue names", () => {
    expect(Object.keys(REPLY_RULES).sort()).toEqual([...REPLY_OUTCOMES].sort());
    expect(defaultLegalGround("GRANTED")).toBe("《中华人民共和国政府信息公开条例》第三十六条第（二）项");
    expect(defaultLegalGround("REFUSED_STATE_SECRET")).toBe(
      "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项",
    );
    expect(defaultLegalGround("UNABLE_NOT_HELD")).toBe("《中华人民共和国政府信息公开条例》第三十六条第（四）项");
    expect(defaultLegalGround("DECLINED_PETITION")).toBe("《中华人民共和国政府信息公开条例》第三十九条第一款");
    expect(defaultLegalGround("DECLINED_DUPLICATE")).toBe("《中华人民共和国政府信息公开条例》第三十六条第（六）项");
    expect(defaultLegalGround("PARTIAL")).toContain("第三十七条");
    expect(replyTitle("GRANTED")).toBe("政府信息公开申请答复书");
    expect(replyTitle("DECLINED_PETITION")).toBe("政府信息公开申请告知书");
  });
});

describe("the letter", () => {
  const values: LetterValues = {
    "{申请人}": "张三",
    "{收到日期}": "2026年11月2日",
    "{申请内容}": "检查记录",
    "{查询码}": "ABCD-EFGH-JKLM-NPQR",
    "{机关名称}": "三元区商务局",
    "{答复日期}": "2026年11月30日",
    "{法律依据}": "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
  };

  it("fills every placeholder of every default template", () => {
    for (const outcome of REPLY_OUTCOMES) {
      const text = fillTemplate(defaultTemplateBody(outcome), values);
      for (const p of PLACEHOLDERS) expect(text).not.toContain(p);
      expect(unknownPlaceholders(defaultTemplateBody(outcome))).toEqual([]);
    }
    expect(fillTemplate("{申请人}：{法律依据}", values)).toBe(
      "张三：《中华人民共和国政府信息公开条例》第三十六条第（二）项",
    );
  });

  it("always ends with the remedies, once", () => {
    expect(withRemedies("正文")).toBe(`正文\n\n${REMEDIES_SENTENCE}`);
    expect(withRemedies(`正文\n\n${REMEDIES_SENTENCE}\n\n`)).toBe(`正文\n\n${REMEDIES_SENTENCE}`);
    expect(withRemedies(`${REMEDIES_SENTENCE}\n\n又写了一段`).endsWith(REMEDIES_SENTENCE)).toBe(true);
  });

  it("keeps the applicant's text from becoming markup, and dates read as in letters", () => {
    expect(escapeMarkdown("**粗体** <script>")).toBe("\\*\\*粗体\\*\\* \\<script\\>");
    expect(chineseDate("2026-01-05")).toBe("2026年1月5日");
    expect(unknownPlaceholders("{申请人}{申请日}")).toEqual(["{申请日}"]);
  });

  it("turns the letter's HTML into paragraphs", () => {
    expect(letterParagraphs("<p>张三：</p>\n<p>第一段<br />续行 &amp; 更多</p><ul><li>一</li></ul>")).toEqual([
      "张三：",
      "第一段\n续行 & 更多",
      "· 一",
    ]);
  });
});
