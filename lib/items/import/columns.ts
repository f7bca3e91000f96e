// The columns of a historical import file (历史信息导入): Chinese headers as agencies write them, in any
// order, and the official Chinese words accepted in the vocabulary columns (DOMAIN §2).
import type { Channel, DocumentKind, Genre, Validity } from "../vocabulary";

/** Column key → its header in the file. Required columns must be present and filled in every row. */
export const IMPORT_COLUMNS = {
  title: "标题",
  documentNumber: "文号",
  writtenOn: "成文日期",
  publishedOn: "发布日期",
  indexNumber: "索引号",
  subjectCategory: "主题分类",
  catalogueCategory: "目录分类",
  genre: "体裁",
  documentKind: "文件类型",
  channels: "公开方式",
  validity: "有效性",
  validityChangedOn: "有效性变更日期",
  keywords: "关键词",
  summary: "内容概述",
  bodyMarkdown: "正文",
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export const IMPORT_COLUMN_KEYS = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  "title",
  "writtenOn",
  "subjectCategory",
  "genre",
  "channels",
];

/** At most this many data rows per file: one transaction must stay reasonable. */
export const IMPORT_MAX_ROWS = 5000;
/** At most this many bytes per file (5,000 rows with short bodies fit easily). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** How to decode a CSV file: detect (UTF-8 if the bytes are valid UTF-8, else GB18030), or as chosen. */
export const IMPORT_ENCODINGS = ["auto", "utf-8", "gb18030"] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** 体裁 as written in the file. */
export const GENRE_NAMES: Record<Genre, string> = {
  ORDER: "命令",
  DECISION: "决定",
  ANNOUNCEMENT: "公告",
  PUBLIC_NOTICE: "通告",
  NOTICE: "通知",
  CIRCULAR: "通报",
  MOTION: "议案",
  REPORT: "报告",
  REQUEST: "请示",
  REPLY: "批复",
  OPINION: "意见",
  LETTER: "函",
  MINUTES: "纪要",
  INTERPRETATION: "解读",
  OTHER: "其他",
};

/** 文件类型 as written in the file. */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  REGULATION: "规章",
  NORMATIVE_DOCUMENT: "行政规范性文件",
  OTHER: "其他文件",
};

/** 公开方式 as written in the file. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  WEBSITE: "政府网站",
  GAZETTE: "政府公报",
  BULLETIN_BOARD: "公开栏",
  PRESS_CONFERENCE: "新闻发布",
  NEW_MEDIA: "新媒体",
  OTHER: "其他",
};

/** 有效性 as written in the file. */
export const VALIDITY_NAMES: Record<Validity, string> = { VALID: "有效", REPEALED: "废止", EXPIRED: "失效" };

/** The enum value whose Chinese name is `name`, or undefined. */
export function fromName<T extends string>(names: Record<T, string>, name: string): T | undefined {
  return (Object.keys(names) as T[]).find((key) => names[key] === name);
}
