import { describe, expect, it } from "vitest";
import { REPLY_OUTCOMES } from "../vocabulary";
import { checkLetter } from "./check-letter";
import { defaultLegalGround, REPLY_RULES, replyTitle } from "./legal-grounds";
import {
  chineseDate,
  collapsePunctuationDoubles,
  defaultTemplateBody,
  deliverySentence,
  escapeMarkdown,
  fillTemplate,
  hasRemedies,
  letterParagraphs,
  letterValues,
  PLACEHOLDERS,
  punctuationDoubles,
  remediesSentence,
  unfilledParts,
  withRemedies,
  type LetterValues,
} from "./letter";
import { formatLetterNumber } from "./letter-number";

const BODIES = { reviewBody: "三明市三元区人民政府", court: "三明市三元区人民法院" };
const REMEDIES_SENTENCE = remediesSentence(BODIES);
import { unknownPlaceholders } from "./reply-templates";

describe("legal grounds (条例 2019)", () => {
  it("has a rule for every reply outcome, and the grounds the issue names", () => {
    expect(Object.keys(REPLY_RULES).sort()).toEqual([...REPLY_OUTCOMES].sort());
    expect(defaultLegalGround("GRANTED")).toBe("《中华人民共和国政府信息公开条例》第三十六条第（二）项");
    expect(defaultLegalGround("REFUSED_STATE_SECRET")).toBe(
      "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项",
    );
    expect(defaultLegalGround("UNABLE_NOT_HELD")).toBe("《中华人民共和国政府信息公开条例》第三十六条第（四）项");
    // 36 (五): another agency is responsible — same outcome (table 三 row （四）1), another ground.
    expect(defaultLegalGround("UNABLE_NOT_HELD", { notHeldVariant: "OTHER_AGENCY" })).toBe(
      "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
    );
    // 36 (一): already public — the applicant is told where.
    expect(defaultLegalGround("GRANTED", { delivery: "PUBLISHED" })).toBe(
      "《中华人民共和国政府信息公开条例》第三十六条第（一）项",
    );
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
    "{获取方式}": "本机关向您提供该政府信息，详见随本答复书提供的文件。",
    "{负责机关}": "三明市三元区财政局",
    "{负责机关联系方式}": "0598-8888888",
    "{复议机关}": BODIES.reviewBody,
    "{管辖法院}": BODIES.court,
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

  it("names the agency's 复议机关 and 管辖法院 with their time limits, once", () => {
    expect(REMEDIES_SENTENCE).toBe(
      "如对本答复不服，可以自收到本答复之日起60日内向三明市三元区人民政府申请行政复议，或者自收到本答复之日起6个月内向三明市三元区人民法院提起行政诉讼。",
    );
    expect(withRemedies("正文", BODIES)).toBe(`正文\n\n${REMEDIES_SENTENCE}`);
    expect(withRemedies(`正文\n\n${REMEDIES_SENTENCE}\n\n`, BODIES)).toBe(`正文\n\n${REMEDIES_SENTENCE}`);
    // A template's own remedies paragraph (行政复议 … 行政诉讼 in one paragraph) gets no second one.
    const own = "正文\n\n如不服本答复，可向{复议机关}申请行政复议，也可向{管辖法院}提起行政诉讼。\n\n特此告知。";
    expect(hasRemedies(own)).toBe(true);
    expect(withRemedies(own, BODIES)).toBe(own);
    // Two words in different paragraphs are no remedies paragraph.
    expect(hasRemedies("可申请行政复议。\n\n行政诉讼另论。")).toBe(false);
    // An agency without the settings: a prompt that submission refuses.
    expect(remediesSentence({ reviewBody: "", court: "" })).toContain("（请填写复议机关）");
    expect(unfilledParts(remediesSentence({ reviewBody: "", court: "" }))).toEqual([
      "（请填写复议机关）",
      "（请填写管辖法院）",
    ]);
  });

  it("says how a release is provided: files, paper copies collected or posted, already public", () => {
    expect(deliverySentence("GRANTED", "FILES")).toBe("本机关向您提供该政府信息，详见随本答复书提供的文件。");
    expect(deliverySentence("GRANTED", "PICKUP", "2026年12月10日前工作日到三元区崇宁路10号3楼305室。")).toBe(
      "本机关向您提供该政府信息的纸质件，请您凭本答复书自行领取（领取地点和时间：2026年12月10日前工作日到三元区崇宁路10号3楼305室）。",
    );
    expect(deliverySentence("PARTIAL", "POST", "福建省三明市三元区列东街1号")).toBe(
      "本机关以邮寄方式向您提供可以公开的部分的纸质件（邮寄地址：福建省三明市三元区列东街1号）。",
    );
    expect(deliverySentence("GRANTED", "PUBLISHED", "三元区人民政府门户网站 https://www.smsy.gov.cn/zwgk/")).toBe(
      "该政府信息已经主动公开，您可以通过以下途径获取：三元区人民政府门户网站 https://www.smsy.gov.cn/zwgk/。",
    );
    expect(deliverySentence("REFUSED_STATE_SECRET", "FILES")).toBe("");
    const filled = fillTemplate(defaultTemplateBody("GRANTED"), {
      ...values,
      "{获取方式}": deliverySentence("GRANTED", "POST", "列东街1号"),
    });
    expect(filled).toContain("根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关以邮寄方式");
    expect(punctuationDoubles(filled)).toEqual([]);
  });

  it("has a 36 (五) letter naming the responsible agency and its contact", () => {
    const text = fillTemplate(defaultTemplateBody("UNABLE_NOT_HELD", { notHeldVariant: "OTHER_AGENCY" }), values);
    expect(text).toContain("告知您该政府信息由三明市三元区财政局负责公开，联系方式：0598-8888888。");
    expect(fillTemplate(defaultTemplateBody("UNABLE_NOT_HELD"), values)).toContain("告知您该政府信息不存在");
  });

  it("never doubles punctuation in a generated letter, whatever the applicant typed", () => {
    const request = {
      applicantName: "张三",
      receivedOn: new Date("2026-11-02T00:00:00Z"),
      description: "2017年安全生产检查记录。",
      trackingCode: "ABCD-EFGH-JKLM-NPQR",
      agency: { name: "三明市三元区商务局" },
    };
    for (const outcome of REPLY_OUTCOMES) {
      const v = letterValues(request, "《中华人民共和国政府信息公开条例》第三十六条第（二）项。", "2026-11-30", {
        outcome,
        reply: { delivery: "PICKUP", deliveryDetail: "局办公室，工作日。" },
        bodies: BODIES,
      });
      const letter = withRemedies(collapsePunctuationDoubles(fillTemplate(defaultTemplateBody(outcome), v)), BODIES);
      expect(punctuationDoubles(letter), outcome).toEqual([]);
      expect(letter).toContain("“2017年安全生产检查记录”。");
    }
    expect(collapsePunctuationDoubles("信息为：“记录。”。根据，。如下。。")).toBe("信息为：“记录。”根据。如下。");
  });

  it("finds what is left unfilled and doubled punctuation", () => {
    expect(unfilledParts("理由为：（请写明理由）。{申请人}：XXX，(请填写地址)")).toEqual([
      "{申请人}",
      "（请写明理由）",
      "(请填写地址)",
      "XXX",
    ]);
    expect(unfilledParts("领取地点：局办公室（请提前电话预约）。")).toEqual([]);
    expect(punctuationDoubles("为：“记录。”。又。。还，。好。")).toEqual(["。”。", "。。", "，。"]);
    expect(punctuationDoubles("信息为：“记录”。根据（二）项。")).toEqual([]);
  });

  it("refuses a letter with a prompt, doubled punctuation, or without the bodies, naming them", () => {
    const agency = { ...BODIES, letterNumberPrefix: "元商务依申" };
    const reply = (letterMarkdown: string, extra = {}) => ({
      letterMarkdown,
      delivery: null,
      notHeldVariant: null,
      otherAgencyName: "",
      files: [],
      ...extra,
    });
    const refusal = (r: ReturnType<typeof reply>, a = agency) => {
      try {
        checkLetter(r, a);
        return null;
      } catch (e) {
        return e as { message: string; params?: Record<string, string> };
      }
    };
    const good = `张三：\n\n理由如下。\n\n${REMEDIES_SENTENCE}`;
    expect(refusal(reply(good))).toBeNull();
    expect(refusal(reply(good), { ...agency, court: "" })?.message).toBe("replies.agencyCourtMissing");
    expect(refusal(reply(good), { ...agency, reviewBody: "" })?.message).toBe("replies.agencyReviewBodyMissing");
    expect(refusal(reply(good), { ...agency, letterNumberPrefix: "" })?.message).toBe(
      "replies.agencyLetterPrefixMissing",
    );
    expect(refusal(reply(`张三：\n\n理由为：（请写明理由）。{申请人}\n\n${REMEDIES_SENTENCE}`))).toMatchObject({
      message: "replies.letterUnfilled",
      params: { parts: "{申请人}、（请写明理由）" },
    });
    expect(refusal(reply(`张三：\n\n信息为：“记录。”。\n\n${REMEDIES_SENTENCE}`))).toMatchObject({
      message: "replies.letterPunctuation",
      params: { marks: "“。”。”" },
    });
    expect(refusal(reply("张三：\n\n可申请行政复议或提起行政诉讼。"))).toMatchObject({
      message: "replies.letterWithoutReviewBody",
      params: { name: "三明市三元区人民政府" },
    });
    expect(refusal(reply(good, { notHeldVariant: "OTHER_AGENCY", otherAgencyName: "三元区财政局" }))).toMatchObject({
      message: "replies.letterWithoutOtherAgency",
    });
    expect(refusal(reply(good, { delivery: "FILES" }))?.message).toBe("replies.releasedFileRequired");
    expect(refusal(reply(good, { delivery: "PICKUP", files: [{ kind: "RELEASED" }] }))?.message).toBe(
      "replies.releasedFilesNotFilesDelivery",
    );
  });

  it("numbers letters in the agency's own series", () => {
    expect(formatLetterNumber("元商务依申", 2026, 7)).toBe("元商务依申〔2026〕7号");
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
