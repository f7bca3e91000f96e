// The annual report endpoint in the OpenAPI 3.1 description (lib/api/openapi.ts API_SECTIONS). Row and column
// keys are listed from the format definitions, so the description cannot drift from the answers.
import type { ApiSection, JsonSchema } from "@/lib/api/openapi";
import { APPEAL_COLUMNS } from "@/lib/reports/formats/appeal-table";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import { REQUEST_COLUMNS, REQUEST_ROW_KEYS } from "@/lib/reports/formats/request-table";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: "null" }] });
const date = { type: "string", format: "date" } as const;
const CORS = {
  "Access-Control-Allow-Origin": { description: "Always *: public data.", schema: { type: "string", const: "*" } },
};

const table = (description: string): JsonSchema => ({
  type: "object",
  description,
  required: ["columns", "rows"],
  properties: {
    columns: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "label"],
        properties: { key: { type: "string" }, label: { type: "string" } },
      },
    },
    rows: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "label", "values"],
        properties: {
          key: { type: "string" },
          label: { type: "string", description: "The row's wording as printed, e.g. 1.属于国家秘密." },
          group: {
            type: "string",
            description: "The printed group heading, e.g. （三）不予公开 or 第二十条第（一）项.",
          },
          unit: { type: "string", description: "单位 (条, 万元) where the printed table states one." },
          values: {
            type: "array",
            items: nullable({ type: "number" }),
            description:
              "One value per column, in the columns' order; null where the printed table has no cell or a figure was not entered.",
          },
        },
      },
    },
  },
});

const REPORT: JsonSchema = {
  type: "object",
  required: [
    "agency",
    "year",
    "scope",
    "format",
    "version",
    "publishedAt",
    "status",
    "tables",
    "narrative",
    "feesCollectedYuan",
  ],
  properties: {
    agency: {
      type: "object",
      required: ["code", "name"],
      properties: { code: { type: "string" }, name: { type: "string" } },
    },
    year: { type: "integer", description: "The year reported on (统计期限 1 January – 31 December)." },
    scope: {
      enum: ["OWN", "COMBINED"],
      description: "COMBINED: the agency and every agency below it (本级及所属部门汇总).",
    },
    format: {
      enum: ["GOV_2021", "TRIAL_2019", "LEGACY_2008"],
      description:
        "The format of `tables`: 国办公开办函〔2021〕30号, the 2019 trial format, or the older one (2008–2018).",
    },
    version: nullable({
      type: "integer",
      minimum: 1,
      description: "The published version; null for a working draft (token only).",
    }),
    publishedAt: nullable({ type: "string", format: "date-time" }),
    publishedOn: nullable({ ...date, description: "China date of publication." }),
    status: {
      enum: ["PUBLISHED", "DRAFT", "PENDING_APPROVAL", "RETURNED"],
      description: "PUBLISHED for a published version; otherwise the working copy's status (token only).",
    },
    correctionReason: { type: "string", description: "更正原因 of a version after the first." },
    tables: {
      oneOf: [
        {
          type: "object",
          required: ["requests", "proactive", "appeals"],
          properties: {
            requests: table(
              `表三 收到和处理政府信息公开申请情况. Columns: ${REQUEST_COLUMNS.map((c) => c.key).join(", ")}. Rows in the official order: ${REQUEST_ROW_KEYS.join(", ")} (TRIAL_2019, the 2019–2020 reports: one row result.other （六）其他处理 instead of result.other.no_correction, result.other.unpaid_fee, result.other.other).`,
            ),
            proactive: table(
              "表二 主动公开政府信息情况: rows regulation, normative_document, licensing, penalty, coercion, administrative_fees (and, in TRIAL_2019, other_services, procurement).",
            ),
            appeals: table(
              `表四 政府信息公开行政复议、行政诉讼情况: one row (appeals) of 15 columns: ${APPEAL_COLUMNS.map((c) => c.key).join(", ")}.`,
            ),
          },
        },
        {
          type: "object",
          required: ["legacy"],
          properties: {
            legacy: table(
              `The older format's table (指标名称 / 单位 / 本年 / 历年累计): columns this_year, cumulative; rows ${LEGACY_ROW_KEYS.join(", ")}.`,
            ),
          },
        },
      ],
    },
    narrative: {
      type: "object",
      description:
        "Markdown written by the agency: 引言, 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项.",
      required: ["introduction", "overview", "problems", "otherMatters"],
      properties: {
        introduction: { type: "string" },
        overview: { type: "string" },
        problems: { type: "string" },
        otherMatters: { type: "string" },
      },
    },
    feesCollectedYuan: { type: "number", description: "信息处理费 collected in the year, in yuan (section 六)." },
    reconciliation: {
      type: "object",
      properties: { ok: { type: "boolean", description: "勾稽关系: 一 + 二 = 三（七）+ 四 in every column of 表三." } },
    },
    versions: {
      type: "array",
      items: {
        type: "object",
        properties: { number: { type: "integer" }, publishedOn: date, correctionReason: { type: "string" } },
      },
    },
    links: {
      type: "object",
      properties: {
        html: nullable({ type: "string", format: "uri" }),
        pdf: nullable({ type: "string", format: "uri" }),
      },
    },
  },
};

/** GET /api/v1/agencies/{code}/reports/{year}. */
export const REPORTS_SECTION: ApiSection = {
  tags: [
    {
      name: "annual-reports",
      description:
        "政府信息公开工作年度报告 as open data: the published tables and narrative, every version. CORS for any origin.",
    },
  ],
  schemas: { AnnualReport: REPORT },
  paths: {
    "/api/v1/agencies/{code}/reports": {
      get: {
        operationId: "listAnnualReports",
        summary: "An agency's published annual reports, newest year first",
        tags: ["annual-reports"],
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            description: "Agency code",
            schema: { type: "string", pattern: "^[0-9A-Za-z-]{1,32}$" },
          },
        ],
        responses: {
          "200": {
            description: "The reports (an agency that has published none answers an empty list)",
            headers: CORS,
            content: json({
              type: "object",
              required: ["agency", "reports"],
              properties: {
                agency: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
                reports: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["year", "scope", "format", "version", "publishedOn", "links"],
                    properties: {
                      year: { type: "integer" },
                      scope: { enum: ["OWN", "COMBINED"] },
                      format: { enum: ["GOV_2021", "TRIAL_2019", "LEGACY_2008"] },
                      version: { type: "integer", description: "The latest version." },
                      publishedOn: date,
                      links: {
                        type: "object",
                        properties: {
                          api: { type: "string", format: "uri" },
                          html: { type: "string", format: "uri" },
                          pdf: { type: "string", format: "uri" },
                        },
                      },
                    },
                  },
                },
              },
            }),
          },
          "400": {
            description: "A query parameter was given (none is accepted).",
            content: json(ref("Error")),
            headers: CORS,
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/api/v1/agencies/{code}/reports/{year}": {
      get: {
        operationId: "getAnnualReport",
        summary: "An agency's annual report for a year (latest published version)",
        description:
          "The latest published version, or `version`. Tables come in the report's own format unless `format` asks otherwise. " +
          "A year without a published version answers 404 — except with `Authorization: Bearer gk_…` of a user who may read the agency's " +
          "reports (report.read): then the working copy, computed live from the records (version null, status DRAFT …). " +
          "A token without that right gets what the public gets. Answers to requests with a token are not cached.",
        tags: ["annual-reports"],
        security: [{}, { bearerToken: [] }],
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            description: "Agency code",
            schema: { type: "string", pattern: "^[0-9A-Za-z-]{1,32}$" },
          },
          {
            name: "year",
            in: "path",
            required: true,
            description: "The year reported on",
            schema: { type: "integer", minimum: 2008, maximum: 2100 },
          },
          {
            name: "format",
            in: "query",
            description: "legacy: the older format's table; current: 表二/三/四. Default: the report's own format.",
            schema: { enum: ["current", "legacy"] },
          },
          {
            name: "version",
            in: "query",
            description: "A published version number (every version stays readable).",
            schema: { type: "integer", minimum: 1 },
          },
          {
            name: "scope",
            in: "query",
            description:
              "combined: the 本级及所属部门 report of a government; own (default): the agency's own, or its combined one when that is all it published.",
            schema: { enum: ["own", "combined"] },
          },
        ],
        responses: {
          "200": { description: "The report", content: json(ref("AnnualReport")), headers: CORS },
          "400": {
            description:
              "A parameter is unknown, repeated or invalid (code BAD_REQUEST), or the year is not a report year; `fields` names each one.",
            content: json(ref("Error")),
            headers: CORS,
          },
          "401": { $ref: "#/components/responses/Unauthenticated" },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
  },
};
