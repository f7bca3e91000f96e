// Controlled vocabularies of 主动公开 items (DOMAIN §2). Labels live in messages/*.json (items.*);
// the 22 主题分类 names are the State Council gazette scheme's official wording.
import {
  Channel,
  DisclosureAttribute,
  DocumentKind,
  Genre,
  Validity,
  WithholdGround,
} from "@/lib/generated/prisma/enums";

export { Channel, DisclosureAttribute, DocumentKind, Genre, Validity, WithholdGround };

/** 主题分类: code → official name (State Council gazette scheme, 22 top-level categories). */
export const SUBJECT_CATEGORIES = {
  "01": "国务院组织机构",
  "02": "综合政务",
  "03": "国民经济管理、国有资产监管",
  "04": "财政、金融、审计",
  "05": "国土资源、能源",
  "06": "农业、林业、水利",
  "07": "工业、交通",
  "08": "商贸、海关、旅游",
  "09": "市场监管、安全生产监管",
  "10": "城乡建设、环境保护",
  "11": "科技、教育",
  "12": "文化、广电、新闻出版",
  "13": "卫生、体育",
  "14": "人口与计划生育、妇女儿童工作",
  "15": "劳动、人事、监察",
  "16": "公安、安全、司法",
  "17": "民政、扶贫、救灾",
  "18": "民族、宗教",
  "19": "对外事务",
  "20": "港澳台侨工作",
  "21": "国防",
  "22": "其他",
} as const;
export type SubjectCategoryCode = keyof typeof SUBJECT_CATEGORIES;
export const SUBJECT_CATEGORY_CODES = Object.keys(SUBJECT_CATEGORIES) as SubjectCategoryCode[];

export const GENRES = Object.values(Genre);
export const CHANNELS = Object.values(Channel);
export const DISCLOSURE_ATTRIBUTES = Object.values(DisclosureAttribute);
export const WITHHOLD_GROUNDS = Object.values(WithholdGround);
export const DOCUMENT_KINDS = Object.values(DocumentKind);
export const VALIDITIES = Object.values(Validity);
