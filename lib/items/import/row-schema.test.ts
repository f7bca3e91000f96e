import { describe, expect, it } from "vitest";
import { parseImportDate, ZImportRow } from "./row-schema";

const base = {
  title: "标题",
  documentNumber: "",
  writtenOn: "2017-06-01",
  publishedOn: "2017-06-05",
  indexNumber: "",
  subjectCategory: "09",
  catalogueCategory: "",
  genre: "通知",
  documentKind: "",
  channels: "政府网站",
  validity: "",
  validityChangedOn: "",
  keywords: "",
  summary: "",
  bodyMarkdown: "",
};

describe("import dates", () => {
  it.each([
    ["2017-06-01", "2017-06-01"],
    ["2017-6-1", "2017-06-01"],
    ["2017/6/1", "2017-06-01"],
    ["2017.06.01", "2017-06-01"],
    ["2017年6月1日", "2017-06-01"],
    [" 2017 年 6 月 1 日 ", "2017-06-01"],
    ["2017-02-30", null],
    ["6/1/2017", null],
    ["2017", null],
  ])("%s → %s", (text, expected) => {
    expect(parseImportDate(text)).toBe(expected);
  });
});

describe("an import row", () => {
  it("takes the official Chinese words, defaults and the draft rules", () => {
    const row = ZImportRow.parse({
      ...base,
      title: " <i>标题</i> ",
      documentNumber: "元商务[2017]12号",
      subjectCategory: "商贸、海关、旅游",
      channels: "政府网站、公开栏，新媒体",
      catalogueCategory: "财政资金类／专项资金",
      keywords: "甲、乙",
    });
    expect(row).toMatchObject({
      title: "标题",
      documentNumber: "元商务〔2017〕12号",
      subjectCategory: "08",
      genre: "NOTICE",
      documentKind: "OTHER",
      validity: "VALID",
      validityChangedOn: null,
      channels: ["WEBSITE", "BULLETIN_BOARD", "NEW_MEDIA"],
      catalogueCategory: ["财政资金类", "专项资金"],
      keywords: ["甲", "乙"],
    });
    expect(ZImportRow.parse({ ...base, subjectCategory: "8" }).subjectCategory).toBe("08");
  });

  it("needs the change date of a 废止/失效 item, after its 发布日期", () => {
    const messages = (input: object) =>
      (ZImportRow.safeParse({ ...base, ...input }).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
    expect(messages({ validity: "废止" })).toEqual([["validityChangedOn", "importValidityDateRequired"]]);
    expect(messages({ validity: "失效", validityChangedOn: "2017-06-04" })).toEqual([
      ["validityChangedOn", "importValidityDateBeforePublished"],
    ]);
    expect(messages({ validity: "失效", validityChangedOn: "2018年1月1日" })).toEqual([]);
    expect(messages({ validityChangedOn: "2018-01-01" })).toEqual([
      ["validityChangedOn", "importValidityDateUnexpected"],
    ]);
    expect(messages({ writtenOn: "2017-06-06" })).toEqual([["writtenOn", "importWrittenAfterPublished"]]);
  });
});
