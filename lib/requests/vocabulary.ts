// Vocabularies of 依申请公开 requests. Outcomes and applicant types are exactly the rows and columns of
// the annual report's table 三 (国办公开办函〔2021〕30号), in the official order; labels are in messages/*.json.
import {
  ApplicantType,
  DeliveryMethod,
  IdDocumentType,
  InformationForm,
  NotHeldVariant,
  ReceiptBasis,
  ReplyDelivery,
  RequestChannel,
  RequestOutcome,
} from "@/lib/generated/prisma/enums";

export { ApplicantType, DeliveryMethod, IdDocumentType, InformationForm, ReceiptBasis, RequestChannel, RequestOutcome };

export const APPLICANT_TYPES = Object.values(ApplicantType);
/** 法人或其他组织 (every column but 自然人). */
export const ORGANIZATION_TYPES = APPLICANT_TYPES.filter((t) => t !== "NATURAL_PERSON");
export const PERSONAL_ID_TYPES = [
  "RESIDENT_ID",
  "PASSPORT",
  "HK_MACAO_PASS",
  "TAIWAN_PASS",
  "OTHER_PERSONAL",
] as const satisfies readonly IdDocumentType[];
export const ORGANIZATION_ID_TYPES = ["CREDIT_CODE", "OTHER_ORG_DOC"] as const satisfies readonly IdDocumentType[];
export const REQUEST_CHANNELS = Object.values(RequestChannel);
/** Channels staff register; 网络 requests arrive through the portal or the API. */
export const STAFF_CHANNELS = REQUEST_CHANNELS.filter((c) => c !== "ONLINE");
export const RECEIPT_BASES = Object.values(ReceiptBasis);
export const INFORMATION_FORMS = Object.values(InformationForm);
export const DELIVERY_METHODS = Object.values(DeliveryMethod);

/** Which receipt bases fit which channel (条例 art. 31). */
export const RECEIPT_BASES_BY_CHANNEL: Record<RequestChannel, readonly ReceiptBasis[]> = {
  IN_PERSON: ["HANDED_IN"],
  LETTER: ["SIGNED_FOR", "CONFIRMED"],
  FAX: ["CONFIRMED"],
  ONLINE: ["CONFIRMED"],
  EMAIL: ["CONFIRMED"],
  OTHER: ["HANDED_IN", "SIGNED_FOR", "CONFIRMED"],
};

/**
 * The outcome rows of table 三 in the official order, with their group and the key the annual report's
 * open-data format uses (issue 6: result.granted … result.other.other).
 */
export const REQUEST_OUTCOMES = [
  { outcome: "GRANTED", group: "granted", reportKey: "result.granted" },
  { outcome: "PARTIAL", group: "partial", reportKey: "result.partial" },
  { outcome: "REFUSED_STATE_SECRET", group: "refused", reportKey: "result.refused.state_secret" },
  { outcome: "REFUSED_PROHIBITED_BY_LAW", group: "refused", reportKey: "result.refused.prohibited_by_law" },
  { outcome: "REFUSED_SECURITY_STABILITY", group: "refused", reportKey: "result.refused.security_stability" },
  { outcome: "REFUSED_THIRD_PARTY", group: "refused", reportKey: "result.refused.third_party" },
  { outcome: "REFUSED_INTERNAL_AFFAIRS", group: "refused", reportKey: "result.refused.internal_affairs" },
  { outcome: "REFUSED_PROCESS_INFO", group: "refused", reportKey: "result.refused.process_info" },
  { outcome: "REFUSED_ENFORCEMENT_FILE", group: "refused", reportKey: "result.refused.enforcement_file" },
  { outcome: "REFUSED_QUERY_MATTER", group: "refused", reportKey: "result.refused.query_matter" },
  { outcome: "UNABLE_NOT_HELD", group: "unable", reportKey: "result.unable.not_held" },
  { outcome: "UNABLE_NEEDS_CREATION", group: "unable", reportKey: "result.unable.needs_creation" },
  { outcome: "UNABLE_STILL_UNCLEAR", group: "unable", reportKey: "result.unable.still_unclear" },
  { outcome: "DECLINED_PETITION", group: "declined", reportKey: "result.declined.petition" },
  { outcome: "DECLINED_DUPLICATE", group: "declined", reportKey: "result.declined.duplicate" },
  { outcome: "DECLINED_PUBLICATION", group: "declined", reportKey: "result.declined.publication" },
  { outcome: "DECLINED_EXCESSIVE", group: "declined", reportKey: "result.declined.excessive" },
  { outcome: "DECLINED_CONFIRMATION", group: "declined", reportKey: "result.declined.confirmation" },
  { outcome: "OTHER_NO_CORRECTION", group: "other", reportKey: "result.other.no_correction" },
  { outcome: "OTHER_UNPAID_FEE", group: "other", reportKey: "result.other.unpaid_fee" },
  { outcome: "OTHER_OTHER", group: "other", reportKey: "result.other.other" },
] as const satisfies readonly { outcome: RequestOutcome; group: string; reportKey: string }[];

/** Outcomes a reply letter decides (the 其他处理 rows 1–2 end a request without a reply). */
export const REPLY_OUTCOMES = REQUEST_OUTCOMES.map((o) => o.outcome).filter(
  (o) => o !== "OTHER_NO_CORRECTION" && o !== "OTHER_UNPAID_FEE",
);

/** Outcomes that release documents (they are attached to the reply). */
export const RELEASING_OUTCOMES: readonly RequestOutcome[] = ["GRANTED", "PARTIAL"];

/** How a 予以公开 / 部分公开 reply provides the information: files, paper copies collected or posted, already public. */
export const REPLY_DELIVERIES = Object.values(ReplyDelivery);
/** The two letters of 本机关不掌握 (one row of table 三, （四）1): 36 (四) does not exist, 36 (五) another agency. */
export const NOT_HELD_VARIANTS = Object.values(NotHeldVariant);
