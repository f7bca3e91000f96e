// The staff API of annual reports (年度报告) in /api/v1/openapi.json (lib/api/openapi.ts API_SECTIONS): list,
// open for a year and scope, read, live tables in the open-data shape (the AnnualReport schema of the public
// report API), 表二 figures, narrative, submit / return / approve (= publish) / correct.
import { ZCorrectionReason, ZReportNarrative, ZReturnReport, ZSubmitReport } from "@/lib/reports/schemas";
import { ZOpenReportBody } from "./console-reports";
import type { ApiSection, JsonSchema, Operation } from "./openapi";
import {
  bearer,
  bodySchema,
  date,
  dateTime,
  errors,
  idParam,
  jsonOf,
  nullable,
  person,
  ref,
  uuid,
} from "./openapi-helpers";

const tags = ["console-reports"];
const reportId = idParam("id", "Report id (the working copy of an agency's report for a year and scope)");
const reportAnswer = (description: string) => ({ description, content: jsonOf(ref("ConsoleReport")) });
const STATUS = { enum: ["DRAFT", "PENDING_APPROVAL", "RETURNED", "PUBLISHED"] };

const SUMMARY_PROPERTIES = {
  id: uuid,
  agency: {
    type: "object",
    properties: { id: uuid, code: { type: "string" }, name: { type: "string" }, shortName: { type: "string" } },
  },
  year: { type: "integer" },
  scope: { enum: ["OWN", "COMBINED"], description: "OWN (本机关) or COMBINED (本级及所属部门)" },
  format: { type: "string" },
  status: STATUS,
  versions: {
    type: "array",
    items: { type: "object", properties: { number: { type: "integer" }, publishedOn: date } },
  },
  updatedAt: dateTime,
};

const REPORT: JsonSchema = {
  type: "object",
  properties: {
    ...SUMMARY_PROPERTIES,
    narrative: bodySchema(ZReportNarrative),
    manualFigures: {
      type: "array",
      description: "表二's figures the layout needs, in table order, with what was entered (null: not yet).",
      items: {
        type: "object",
        properties: {
          key: { type: "string" },
          label: { type: "string" },
          kind: {
            enum: ["count", "amount", "change"],
            description: "amount: 万元; change: 本年增/减, may be negative",
          },
          value: nullable({ type: "string" }),
          source: nullable({ type: "string" }),
          updatedAt: nullable(dateTime),
        },
      },
    },
    correctionReason: { type: "string" },
    submittedBy: person,
    submittedAt: nullable(dateTime),
    returnComment: { type: "string" },
    versions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          number: { type: "integer" },
          publishedOn: date,
          publishedAt: dateTime,
          correctionReason: { type: "string" },
          submittedBy: person,
          approvedBy: person,
        },
      },
    },
    allowedSteps: {
      type: "array",
      description: "What the token's user may do now: submit, return, approve, correct (the server checks again).",
      items: { type: "string" },
    },
  },
};

const TABLES: JsonSchema = {
  allOf: [
    ref("AnnualReport"),
    {
      type: "object",
      properties: {
        checks: {
          type: "object",
          description: "What still stands in the way of submitting the report.",
          properties: {
            missingFigures: { type: "array", items: { type: "string" }, description: "Keys of unentered figures" },
            reconciliationBreaks: {
              type: "array",
              description: "勾稽关系 breaks of 表三 (一 + 二 = 三（七）+ 四), per column",
              items: { type: "object" },
            },
          },
        },
      },
    },
  ],
};

function step(
  operationId: string,
  summary: string,
  description: string,
  body: { schema: string; required: boolean } | null,
): Operation {
  return {
    operationId,
    summary,
    description,
    tags,
    security: bearer,
    parameters: [reportId],
    ...(body ? { requestBody: { required: body.required, content: jsonOf(ref(body.schema)) } } : {}),
    responses: {
      "200": reportAnswer("The report afterwards"),
      ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict", "Validation"),
    },
  };
}

export const CONSOLE_REPORTS_SECTION: ApiSection = {
  tags: [
    {
      name: "console-reports",
      description:
        "年度报告 for staff: open, fill (表二 figures, narrative), submit, and a leader's 审定 that publishes it. The same " +
        "use cases, permissions and audit as the console's report workspace.",
    },
  ],
  schemas: {
    OpenReport: bodySchema(ZOpenReportBody),
    ReportNarrative: bodySchema(ZReportNarrative),
    ReportFigure: {
      type: "object",
      required: ["value", "source"],
      properties: {
        value: {
          type: ["string", "number"],
          description: "Counts are whole numbers, amounts in 万元 (at most 4 decimals), changes may be negative",
        },
        source: { type: "string", maxLength: 300, description: "Where the number comes from" },
      },
    },
    ReportSubmit: bodySchema(ZSubmitReport),
    ReportReturn: bodySchema(ZReturnReport),
    ReportCorrection: bodySchema(ZCorrectionReason),
    ConsoleReport: REPORT,
    ConsoleReportSummary: { type: "object", properties: SUMMARY_PROPERTIES },
    ConsoleReportTables: TABLES,
  },
  paths: {
    "/api/v1/console/reports": {
      get: {
        operationId: "listConsoleReports",
        summary: "The reports of the agencies the token's user may read",
        tags,
        security: bearer,
        responses: {
          "200": {
            description: "Newest year first",
            content: jsonOf({
              type: "object",
              properties: { reports: { type: "array", items: ref("ConsoleReportSummary") } },
            }),
          },
          ...errors("Unauthenticated", "Forbidden"),
        },
      },
      post: {
        operationId: "openConsoleReport",
        summary: "Open (get or create) the working copy of an agency's report for a year and scope",
        description:
          "Years from 2008 to the running year (a report of the running year may be drafted, not published). COMBINED " +
          "only for an agency with agencies below it.",
        tags,
        security: bearer,
        requestBody: { required: true, content: jsonOf(ref("OpenReport")) },
        responses: {
          "200": reportAnswer("The working copy"),
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Validation"),
        },
      },
    },
    "/api/v1/console/reports/{id}": {
      get: {
        operationId: "getConsoleReport",
        summary: "The working copy: status, narrative, entered figures, versions",
        tags,
        security: bearer,
        parameters: [reportId],
        responses: { "200": reportAnswer("The report"), ...errors("Unauthenticated", "NotFound") },
      },
    },
    "/api/v1/console/reports/{id}/tables": {
      get: {
        operationId: "getConsoleReportTables",
        summary: "The tables computed live from the records, in the open-data shape",
        description:
          "The same table, column and row keys as GET /api/v1/agencies/{code}/reports/{year} (version null, the " +
          "working copy's status), plus what still blocks submission.",
        tags,
        security: bearer,
        parameters: [reportId],
        responses: {
          "200": { description: "The live tables", content: jsonOf(ref("ConsoleReportTables")) },
          ...errors("Unauthenticated", "NotFound"),
        },
      },
    },
    "/api/v1/console/reports/{id}/narrative": {
      put: {
        operationId: "putConsoleReportNarrative",
        summary: "Replace the four narrative sections (Markdown) while a draft or returned",
        tags,
        security: bearer,
        parameters: [reportId],
        requestBody: { required: true, content: jsonOf(ref("ReportNarrative")) },
        responses: {
          "200": reportAnswer("The report afterwards"),
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict", "Validation"),
        },
      },
    },
    "/api/v1/console/reports/{id}/figures/{key}": {
      put: {
        operationId: "putConsoleReportFigure",
        summary: "Enter one of 表二's figures with its source while a draft or returned",
        tags,
        security: bearer,
        parameters: [
          reportId,
          {
            name: "key",
            in: "path",
            required: true,
            description: "A key of the report's manualFigures, e.g. licensing.decisions",
            schema: { type: "string" },
          },
        ],
        requestBody: { required: true, content: jsonOf(ref("ReportFigure")) },
        responses: {
          "200": reportAnswer("The report afterwards"),
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict", "Validation"),
        },
      },
    },
    "/api/v1/console/reports/{id}/submit": {
      post: step(
        "submitConsoleReport",
        "提交领导审定",
        "Refused while 表二 figures are missing, 表三 does not reconcile or 一 总体情况 is empty; a correction needs its reason.",
        { schema: "ReportSubmit", required: false },
      ),
    },
    "/api/v1/console/reports/{id}/return": {
      post: step(
        "returnConsoleReport",
        "退回: a leader sends the report back to staff",
        "Never by the person who submitted it.",
        { schema: "ReportReturn", required: true },
      ),
    },
    "/api/v1/console/reports/{id}/approve": {
      post: step(
        "approveConsoleReport",
        "领导审定并发布: approve and publish as the next version",
        "Never by the person who submitted it, and not before the year has ended. Figures and text are frozen; the " +
          "public report API serves the new version.",
        null,
      ),
    },
    "/api/v1/console/reports/{id}/correct": {
      post: step(
        "correctConsoleReport",
        "更正: reopen a published report as a draft for a new version",
        "Every later version carries the reason.",
        { schema: "ReportCorrection", required: true },
      ),
    },
  },
};
