import { describe, expect, it } from "vitest";
import { normalizeDocumentNumber } from "./document-number";

describe("文号 normalisation to 〔〕", () => {
  it.each([
    ["元商务【2018】5号", "元商务〔2018〕5号"], // the seed report's own 文号
    ["元商务[2018]5号", "元商务〔2018〕5号"],
    ["元商务［2018］5号", "元商务〔2018〕5号"],
    ["元商务（2018）5号", "元商务〔2018〕5号"],
    ["元商务(2018)5号", "元商务〔2018〕5号"],
    ["元政务公开办〔2017〕8号", "元政务公开办〔2017〕8号"],
    [" 国办函 〔2020〕 109号 ", "国办函〔2020〕109号"],
    ["元商务【２０１８】５号", "元商务〔2018〕5号"],
    ["国务院令第711号", "国务院令第711号"], // no year in brackets: unchanged
    ["", ""],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeDocumentNumber(raw)).toBe(expected);
  });
});
