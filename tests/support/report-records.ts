// Fixtures for the annual report: records written directly with Prisma, dated where a test needs them (a year
// of requests, appeals, fees, complaints and items, entered figures and paper-report figures). They fill every
// required column with plausible values; the workflows that normally write these rows have their own tests.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type {
  AppealKind,
  AppealResult,
  ApplicantType,
  Channel,
  ComplaintKind,
  DocumentKind,
  Genre,
  ItemState,
  RequestChannel,
  RequestOutcome,
  ReportScope,
  Validity,
} from "@/lib/generated/prisma/enums";
import { toDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { formatForYear } from "@/lib/reports/formats/choose-format";

const date = (d: CalendarDate) => toDbDate(d);
const optionalDate = (d: CalendarDate | null | undefined) => (d ? toDbDate(d) : null);

export type RequestFixture = {
  applicantType: ApplicantType;
  receivedOn: CalendarDate;
  channel?: RequestChannel;
  /** Both, or neither: a concluded request carries its report row. */
  concludedOn?: CalendarDate | null;
  outcome?: RequestOutcome | null;
  dueOn?: CalendarDate | null;
};

/** An information request of `agencyId`; CLOSED when it has an outcome and a conclusion date. */
export async function addRequest(agencyId: string, r: RequestFixture) {
  const organisation = r.applicantType !== "NATURAL_PERSON";
  const closed = Boolean(r.outcome && r.concludedOn);
  return db.infoRequest.create({
    data: {
      agencyId,
      trackingCode: `T${randomBytes(8).toString("hex").toUpperCase()}`,
      channel: r.channel ?? "ONLINE",
      applicantType: r.applicantType,
      applicantName: organisation ? "三明市某某商贸有限公司" : "张三",
      contactPerson: organisation ? "李四" : "",
      idType: organisation ? "CREDIT_CODE" : "RESIDENT_ID",
      idNumber: organisation ? "91350403MA00000000" : "11010519491231002x",
      phone: "13800138000",
      description: "申请公开商贸流通领域安全生产检查记录。",
      form: "ELECTRONIC",
      delivery: "EMAIL",
      receivedOn: date(r.receivedOn),
      receiptBasis: r.channel === "IN_PERSON" ? "HANDED_IN" : "CONFIRMED",
      state: closed ? "CLOSED" : "OPEN",
      outcome: r.outcome ?? null,
      concludedOn: optionalDate(r.concludedOn),
      dueOn: optionalDate(r.dueOn),
    },
  });
}

/**
 * A request as a faulty migration might have left it (concluded without an outcome, or before it was received),
 * written with raw SQL past the application's rules. The database's own check still holds: it stays OPEN.
 */
export async function addBrokenRequest(
  agencyId: string,
  r: {
    applicantType: ApplicantType;
    receivedOn: CalendarDate;
    concludedOn: CalendarDate;
    outcome: RequestOutcome | null;
  },
) {
  const code = `T${randomBytes(8).toString("hex").toUpperCase()}`;
  await db.$executeRaw`
    INSERT INTO info_request (id, agency_id, tracking_code, channel, applicant_type, applicant_name, id_type, id_number, phone, description,
      form, delivery, received_on, receipt_basis, state, outcome, concluded_on, updated_at)
    VALUES (gen_random_uuid(), ${agencyId}::uuid, ${code}, 'LETTER', ${r.applicantType}::applicant_type, '旧系统迁移', 'RESIDENT_ID', '-', '-', '迁移数据',
      'PAPER', 'POST', ${r.receivedOn}::date, 'SIGNED_FOR', 'OPEN', ${r.outcome}::request_outcome, ${r.concludedOn}::date, now())`;
  return code;
}

export async function addAppeal(
  requestId: string,
  a: { kind: AppealKind; filedOn: CalendarDate; result?: AppealResult; concludedOn?: CalendarDate | null },
) {
  const { agencyId } = await db.infoRequest.findUniqueOrThrow({ where: { id: requestId }, select: { agencyId: true } });
  return db.appeal.create({
    data: {
      agencyId,
      requestId,
      kind: a.kind,
      filedOn: date(a.filedOn),
      body: a.kind === "ADMINISTRATIVE_REVIEW" ? "三明市三元区人民政府" : "三明市三元区人民法院",
      result: a.result ?? "PENDING",
      concludedOn: optionalDate(a.concludedOn),
    },
  });
}

export async function addFee(
  requestId: string,
  f: { amountYuan: number; noticedOn: CalendarDate; paidOn?: CalendarDate | null; lapsedOn?: CalendarDate | null },
) {
  return db.feeNotice.create({
    data: {
      requestId,
      method: "PER_REQUEST",
      amountYuan: f.amountYuan,
      noticedOn: date(f.noticedOn),
      paymentDeadline: date(f.noticedOn),
      paidOn: optionalDate(f.paidOn),
      lapsedOn: optionalDate(f.lapsedOn),
    },
  });
}

export async function addComplaint(agencyId: string, c: { receivedOn: CalendarDate; kind?: ComplaintKind }) {
  return db.complaint.create({
    data: {
      agencyId,
      kind: c.kind ?? "COMPLAINT",
      receivedOn: date(c.receivedOn),
      summary: "反映未按规定公开商贸扶持资金分配结果。",
    },
  });
}

export type ItemFixture = {
  state: ItemState;
  writtenOn: CalendarDate;
  publishedOn?: CalendarDate | null;
  documentKind?: DocumentKind;
  genre?: Genre;
  channels?: Channel[];
  validity?: Validity;
  validityChangedOn?: CalendarDate | null;
  categoryId?: string | null;
  title?: string;
};

let serial = 0;

/** An item with its approved live revision (DRAFT items have none), in `state`. */
export async function addItem(agencyId: string, f: ItemFixture) {
  const drafter = await db.user.findFirstOrThrow({ select: { id: true }, orderBy: { email: "asc" } });
  const withheld = f.state === "WITHHELD";
  const item = await db.item.create({ data: { agencyId, state: "DRAFT", origin: "IMPORT" } });
  const revision = await db.itemRevision.create({
    data: {
      itemId: item.id,
      number: 1,
      status: f.state === "DRAFT" ? "DRAFT" : "APPROVED",
      title: f.title ?? `三元区测试文件${++serial}`,
      writtenOn: date(f.writtenOn),
      subjectCategory: "08",
      catalogueCategoryId: f.categoryId ?? null,
      genre: f.genre ?? "NOTICE",
      documentKind: f.documentKind ?? "OTHER",
      channels: f.channels ?? ["WEBSITE"],
      keywords: [],
      drafterId: drafter.id,
      disclosure: withheld ? "ON_REQUEST" : "PROACTIVE",
      withholdGround: withheld ? "PROCESS_INFO" : null,
      withholdReason: withheld ? "属于过程性信息。" : null,
    },
  });
  if (f.state === "DRAFT") return item;
  return db.item.update({
    where: { id: item.id },
    data: {
      state: f.state,
      liveRevisionId: revision.id,
      indexNumber: withheld
        ? null
        : `${agencyId.slice(0, 8)}/${f.writtenOn.slice(0, 4)}-${String(++serial).padStart(5, "0")}`,
      publishedOn: optionalDate(f.publishedOn),
      publishedAt: f.publishedOn ? new Date(`${f.publishedOn}T02:00:00Z`) : null,
      validity: f.validity ?? "VALID",
      validityChangedOn: optionalDate(f.validityChangedOn),
      withdrawnAt: f.state === "WITHDRAWN" ? new Date() : null,
      withdrawnReason: f.state === "WITHDRAWN" ? "内容有误，撤回更正。" : null,
    },
  });
}

/** The agency's report for the year and scope (the working copy an entered figure belongs to). */
export async function reportFor(agencyId: string, year: number, scope: ReportScope = "OWN") {
  return db.annualReport.upsert({
    where: { agencyId_year_scope: { agencyId, year, scope } },
    create: { agencyId, year, scope, format: formatForYear(year) },
    update: {},
  });
}

export async function addManualFigure(
  agencyId: string,
  year: number,
  scope: ReportScope,
  key: string,
  value: number,
  source = "区行政服务中心审批系统统计",
) {
  const report = await reportFor(agencyId, year, scope);
  return db.reportManualFigure.create({ data: { reportId: report.id, key, value, source } });
}

export async function addHistoricalFigure(
  agencyId: string,
  f: { year: number; key: string; thisYear: number; cumulative: number; source?: string },
) {
  return db.reportHistoricalFigure.create({
    data: {
      agencyId,
      year: f.year,
      key: f.key,
      thisYear: f.thisYear,
      cumulative: f.cumulative,
      source: f.source ?? `${f.year}年政府信息公开工作年度报告（纸质）附表`,
    },
  });
}

// ── A year of requests (2025) hitting every row and applicant column of 表三, with carry-over both ways ──
const NP = "NATURAL_PERSON",
  COM = "COMMERCIAL",
  RES = "RESEARCH",
  PUB = "PUBLIC_INTEREST",
  LEG = "LEGAL_SERVICES",
  OTH = "OTHER_ORG";

type Row = RequestFixture & { applicantType: ApplicantType };

/** The year's records, numbered as in the comments of the expected table. */
export const REQUESTS_2025: Row[] = [
  // 1–21: one request per outcome row, received and concluded in 2025, the applicant columns in turn.
  {
    applicantType: NP,
    receivedOn: "2025-01-06",
    concludedOn: "2025-01-16",
    dueOn: "2025-02-10",
    outcome: "GRANTED",
    channel: "IN_PERSON",
  },
  {
    applicantType: COM,
    receivedOn: "2025-02-05",
    concludedOn: "2025-02-15",
    dueOn: "2025-03-10",
    outcome: "PARTIAL",
    channel: "LETTER",
  },
  {
    applicantType: RES,
    receivedOn: "2025-03-05",
    concludedOn: "2025-04-15",
    dueOn: "2025-04-02",
    outcome: "REFUSED_STATE_SECRET",
    channel: "FAX",
  }, // late
  {
    applicantType: PUB,
    receivedOn: "2025-04-07",
    concludedOn: "2025-04-17",
    dueOn: "2025-05-10",
    outcome: "REFUSED_PROHIBITED_BY_LAW",
    channel: "EMAIL",
  },
  {
    applicantType: LEG,
    receivedOn: "2025-05-06",
    concludedOn: "2025-05-16",
    dueOn: "2025-06-10",
    outcome: "REFUSED_SECURITY_STABILITY",
    channel: "OTHER",
  },
  {
    applicantType: OTH,
    receivedOn: "2025-06-05",
    concludedOn: "2025-06-15",
    dueOn: "2025-07-10",
    outcome: "REFUSED_THIRD_PARTY",
  },
  {
    applicantType: NP,
    receivedOn: "2025-07-07",
    concludedOn: "2025-07-17",
    dueOn: "2025-08-10",
    outcome: "REFUSED_INTERNAL_AFFAIRS",
  },
  {
    applicantType: COM,
    receivedOn: "2025-08-05",
    concludedOn: "2025-08-15",
    dueOn: "2025-09-10",
    outcome: "REFUSED_PROCESS_INFO",
  },
  {
    applicantType: RES,
    receivedOn: "2025-09-05",
    concludedOn: "2025-09-15",
    dueOn: "2025-10-10",
    outcome: "REFUSED_ENFORCEMENT_FILE",
  },
  {
    applicantType: PUB,
    receivedOn: "2025-10-09",
    concludedOn: "2025-10-19",
    dueOn: "2025-11-10",
    outcome: "REFUSED_QUERY_MATTER",
  },
  {
    applicantType: LEG,
    receivedOn: "2025-11-05",
    concludedOn: "2025-11-15",
    dueOn: "2025-12-10",
    outcome: "UNABLE_NOT_HELD",
  },
  {
    applicantType: OTH,
    receivedOn: "2025-12-01",
    concludedOn: "2025-12-11",
    dueOn: "2025-12-29",
    outcome: "UNABLE_NEEDS_CREATION",
  },
  {
    applicantType: NP,
    receivedOn: "2025-01-08",
    concludedOn: "2025-01-18",
    dueOn: "2025-02-10",
    outcome: "UNABLE_STILL_UNCLEAR",
  },
  {
    applicantType: COM,
    receivedOn: "2025-02-10",
    concludedOn: "2025-03-20",
    dueOn: "2025-03-10",
    outcome: "DECLINED_PETITION",
  }, // late
  {
    applicantType: RES,
    receivedOn: "2025-03-10",
    concludedOn: "2025-03-20",
    dueOn: "2025-04-10",
    outcome: "DECLINED_DUPLICATE",
  },
  {
    applicantType: PUB,
    receivedOn: "2025-04-10",
    concludedOn: "2025-04-20",
    dueOn: "2025-05-10",
    outcome: "DECLINED_PUBLICATION",
  },
  {
    applicantType: LEG,
    receivedOn: "2025-05-12",
    concludedOn: "2025-05-22",
    dueOn: "2025-06-10",
    outcome: "DECLINED_EXCESSIVE",
  },
  {
    applicantType: OTH,
    receivedOn: "2025-06-10",
    concludedOn: "2025-06-20",
    dueOn: "2025-07-10",
    outcome: "DECLINED_CONFIRMATION",
  },
  {
    applicantType: NP,
    receivedOn: "2025-07-10",
    concludedOn: "2025-09-20",
    dueOn: "2025-09-30",
    outcome: "OTHER_NO_CORRECTION",
  },
  {
    applicantType: COM,
    receivedOn: "2025-08-11",
    concludedOn: "2025-09-21",
    dueOn: "2025-09-30",
    outcome: "OTHER_UNPAID_FEE",
  },
  {
    applicantType: RES,
    receivedOn: "2025-09-10",
    concludedOn: "2025-09-20",
    dueOn: "2025-10-10",
    outcome: "OTHER_OTHER",
  },
  // 22: a second 予以公开 for a natural person.
  { applicantType: NP, receivedOn: "2025-03-01", concludedOn: "2025-03-20", dueOn: "2025-03-31", outcome: "GRANTED" },
  // 23–25: carried in from 2024 (23 on the boundary days; 24 still open at the end of 2025).
  { applicantType: COM, receivedOn: "2024-12-31", concludedOn: "2025-01-01", dueOn: "2025-01-24", outcome: "GRANTED" },
  { applicantType: LEG, receivedOn: "2024-11-15", dueOn: "2024-12-13" },
  { applicantType: NP, receivedOn: "2024-06-01", concludedOn: "2025-02-10", dueOn: "2024-06-28", outcome: "PARTIAL" }, // late, but not 2025's deadline
  // 26–27: concluded before 2025 began — not counted in 2025.
  { applicantType: OTH, receivedOn: "2023-05-01", concludedOn: "2024-01-10", dueOn: "2023-05-30", outcome: "GRANTED" },
  { applicantType: PUB, receivedOn: "2024-03-01", concludedOn: "2024-12-31", dueOn: "2024-03-29", outcome: "GRANTED" },
  // 28–29: received in 2025, carried into 2026; 30: received in 2026.
  { applicantType: PUB, receivedOn: "2025-12-31", dueOn: "2026-01-28" },
  { applicantType: OTH, receivedOn: "2025-11-20", concludedOn: "2026-01-05", dueOn: "2025-12-18", outcome: "GRANTED" },
  { applicantType: RES, receivedOn: "2026-01-02", dueOn: "2026-01-30" },
];
// 25 is late against its own deadline but was concluded on 2025-02-10 > 2024-06-28: it IS replied late in 2025.

/** Writes REQUESTS_2025 for `agencyId`, in order; returns the requests. */
export async function buildRequests2025(agencyId: string) {
  const requests = [];
  for (const row of REQUESTS_2025) requests.push(await addRequest(agencyId, row));
  return requests;
}

// ── 表四: appeals about requests of the agency, open across 2024–2026 ──
/** A1–A8 (see the 表四 test for what each counts in which year), each about its own request. */
export const APPEALS: {
  kind: "ADMINISTRATIVE_REVIEW" | "LAWSUIT_DIRECT" | "LAWSUIT_AFTER_REVIEW";
  filedOn: CalendarDate;
  result?: "UPHELD" | "CORRECTED" | "OTHER";
  concludedOn?: CalendarDate;
}[] = [
  { kind: "ADMINISTRATIVE_REVIEW", filedOn: "2024-10-01", result: "UPHELD", concludedOn: "2025-03-01" }, // A1
  { kind: "ADMINISTRATIVE_REVIEW", filedOn: "2025-02-01", result: "CORRECTED", concludedOn: "2025-06-01" }, // A2
  { kind: "ADMINISTRATIVE_REVIEW", filedOn: "2025-05-01" }, // A3, pending
  { kind: "LAWSUIT_DIRECT", filedOn: "2023-01-01", result: "OTHER", concludedOn: "2024-06-01" }, // A4
  { kind: "LAWSUIT_DIRECT", filedOn: "2025-07-01", result: "UPHELD", concludedOn: "2026-02-01" }, // A5
  { kind: "LAWSUIT_AFTER_REVIEW", filedOn: "2025-08-01", result: "OTHER", concludedOn: "2025-12-31" }, // A6
  { kind: "LAWSUIT_AFTER_REVIEW", filedOn: "2026-01-10" }, // A7
  { kind: "ADMINISTRATIVE_REVIEW", filedOn: "2024-03-01" }, // A8, pending for years
];

export async function buildAppeals(agencyId: string) {
  for (const appeal of APPEALS) {
    const request = await addRequest(agencyId, {
      applicantType: "NATURAL_PERSON",
      receivedOn: "2022-03-01",
      concludedOn: "2022-03-20",
      outcome: "REFUSED_PROCESS_INFO",
    });
    await addAppeal(request.id, appeal);
  }
}

// ── 表二 and the writer's figures: items of the agency (I1–I11, see the 表二 test) ──
export async function buildItems(agencyId: string) {
  const category = async (name: string) =>
    (await db.catalogueCategory.findFirstOrThrow({ where: { agencyId, name } })).id;
  const policy = await category("政策、规范性文件类");
  const special = await category("专项资金"); // under 财政资金类
  return {
    I1: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "REGULATION",
      writtenOn: "2025-02-01",
      publishedOn: "2025-02-10",
      channels: ["WEBSITE", "GAZETTE"],
      categoryId: policy,
    }),
    I2: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "REGULATION",
      writtenOn: "2020-05-01",
      publishedOn: "2020-05-10",
      validity: "REPEALED",
      validityChangedOn: "2025-06-30",
    }),
    I3: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2024-12-20",
      publishedOn: "2025-01-05",
    }),
    I4: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2025-03-01",
      publishedOn: "2025-03-05",
      validity: "EXPIRED",
      validityChangedOn: "2026-01-31",
      categoryId: policy,
    }),
    I5: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2023-01-01",
      publishedOn: "2023-01-05",
      validity: "EXPIRED",
      validityChangedOn: "2025-12-31",
    }),
    I6: await addItem(agencyId, {
      state: "WITHDRAWN",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2025-04-01",
      publishedOn: "2025-04-05",
      categoryId: policy,
    }),
    I7: await addItem(agencyId, {
      state: "WITHHELD",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2025-04-01",
      categoryId: policy,
    }),
    I8: await addItem(agencyId, { state: "DRAFT", documentKind: "REGULATION", writtenOn: "2025-05-01" }),
    I9: await addItem(agencyId, {
      state: "PUBLISHED",
      genre: "INTERPRETATION",
      writtenOn: "2025-02-11",
      publishedOn: "2025-02-12",
      channels: ["WEBSITE", "NEW_MEDIA"],
      categoryId: policy,
    }),
    I10: await addItem(agencyId, {
      state: "PUBLISHED",
      writtenOn: "2025-09-01",
      publishedOn: "2025-09-09",
      channels: ["BULLETIN_BOARD"],
      categoryId: special,
    }),
    I11: await addItem(agencyId, {
      state: "PUBLISHED",
      documentKind: "NORMATIVE_DOCUMENT",
      writtenOn: "2025-06-01",
      publishedOn: "2026-01-10",
    }),
  };
}

/** A whole year of 三元区商务局's records: requests, appeals, items, complaints and fees (2 in 2025, 1 in 2024). */
export async function buildCommerceYear(agencyId: string) {
  const requests = await buildRequests2025(agencyId);
  await buildAppeals(agencyId);
  const items = await buildItems(agencyId);
  await addComplaint(agencyId, { receivedOn: "2025-03-03" });
  await addComplaint(agencyId, { receivedOn: "2025-11-11", kind: "REPORT" });
  await addComplaint(agencyId, { receivedOn: "2024-05-05" });
  await addFee(requests[0]!.id, { amountYuan: 200, noticedOn: "2025-01-08", paidOn: "2025-01-10" });
  return { requests, items };
}
