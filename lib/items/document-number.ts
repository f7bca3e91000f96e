// 文号 (document numbers) are written with many bracket styles: 元商务【2018】5号, 元商务[2018]5号,
// 元商务（2018）5号. The official form uses 六角括号 〔〕 around the year (GB/T 9704).

const YEAR_IN_BRACKETS = /[【[［(（〔{｛<《]\s*((?:19|20)\d{2})\s*[】\]］)）〕}｝>》]/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;

export function normalizeDocumentNumber(raw: string): string {
  return raw
    .trim()
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .replace(YEAR_IN_BRACKETS, "〔$1〕");
}
