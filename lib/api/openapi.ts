// The OpenAPI 3.1 description of the JSON API (served at /api/v1/openapi.json), written as typed data.
// Each capability contributes an ApiSection (tags, paths, schemas); the items and portal endpoints add
// theirs to API_SECTIONS later. Request bodies come from the same zod schemas the use cases parse
// (z.toJSONSchema, input side), so the description cannot drift from what the API accepts.
import { z } from "zod";
import { RequestState } from "@/lib/generated/prisma/enums";
import { ZFeeLapsed } from "@/lib/requests/fees/record-fee-lapsed";
import { ZFeeNotice } from "@/lib/requests/fees/record-fee-notice";
import { ZFeePaid } from "@/lib/requests/fees/record-fee-paid";
import { ZClockStep } from "@/lib/requests/record-clock-event";
import { OPEN_DATA_SECTION } from "@/lib/open-data/openapi-paths";
import { REPORTS_SECTION } from "@/lib/reports/public/openapi-section";
import { APPEALS_SECTION } from "@/lib/requests/appeals/openapi-section";
import { CONSOLE_ITEMS_SECTION } from "./console-items-openapi";
import { CONSOLE_REPORTS_SECTION } from "./console-reports-openapi";
import { ZOnlineRequest, ZStaffRegistration } from "@/lib/requests/schemas";
import { ZReplyDraft, ZReplyReturn, ZReplySend } from "@/lib/requests/replies/schemas";

export type JsonSchema = { [key: string]: unknown };
type MediaType = { schema: JsonSchema; example?: unknown };
type ResponseObject = {
  description: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
};
type Parameter = {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description?: string;
  schema: JsonSchema;
};
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject | { $ref: string }>;
};
export type PathItem = Partial<Record<"get" | "post" | "put" | "patch" | "delete" | "options", Operation>>;
export type ApiSection = {
  tags: { name: string; description: string }[];
  paths: Record<string, PathItem>;
  schemas?: Record<string, JsonSchema>;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, { type: "http"; scheme: "bearer"; description: string }>;
  };
};

/** A zod schema's input side as a JSON Schema for a request body (refinements are checked by the server). */
export function bodySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonOf = (schema: JsonSchema) => ({ "application/json": { schema } });
const errorRef = (
  name: "BadRequest" | "Unauthenticated" | "Forbidden" | "NotFound" | "Validation" | "Conflict" | "Throttled",
) => ({
  $ref: `#/components/responses/${name}`,
});
const bearer = [{ bearerToken: [] }];
const date = { type: "string", format: "date" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: "null" }] });
const pathParam = (name: string, description: string): Parameter => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          description:
            "UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION, CONFLICT, THROTTLED, INVALID_JSON, PAYLOAD_TOO_LARGE, INTERNAL",
        },
        message: {
          type: "string",
          description: "A sentence for people, in Chinese unless Accept-Language asks for English.",
        },
        fields: {
          type: "object",
          description:
            "VALIDATION only: per field (dotted path), the problems found, each with a stable code and a sentence.",
          additionalProperties: {
            type: "array",
            items: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string" }, message: { type: "string" } },
            },
          },
        },
      },
    },
  },
};

const RECEIPT_SCHEMA: JsonSchema = {
  type: "object",
  required: ["trackingCode", "receivedOn", "dueOn", "dueProvisional"],
  properties: {
    trackingCode: {
      type: "string",
      description: "查询码, e.g. ABCD-EFGH-JKLM-NPQR; with the last four phone digits it finds the request.",
    },
    receivedOn: { ...date, description: "条例 art. 31 receipt date (day 0 of the clock)." },
    dueOn: nullable({
      ...date,
      description: "Reply deadline (答复期限), 20 working days later on the official calendar.",
    }),
    dueProvisional: {
      type: "boolean",
      description: "The deadline uses a year whose holiday schedule is not published yet.",
    },
  },
};

const CLOCK_SCHEMA: JsonSchema = {
  type: "object",
  properties: {
    state: { enum: ["OPEN", "WAITING_FOR_APPLICANT", "PAUSED", "CLOSED"] },
    dueOn: nullable(date),
    dueProvisional: { type: "boolean" },
    workingDaysLeft: nullable({
      type: "integer",
      description: "Negative when overdue; null without a running deadline.",
    }),
    overdue: { type: "boolean" },
    extensionDaysUsed: { type: "integer" },
    pausedWorkingDays: { type: "integer" },
    correctionNoticeLate: {
      type: "boolean",
      description: "补正告知超期: the 补正 notice was later than working day 7; it did not restart the period.",
    },
    oldRegulation: { type: "boolean", description: "Received before 2019-05-15: 15 working days + at most 15." },
    thirdPartyDue: nullable(date),
    thirdPartyMayDecide: {
      type: "boolean",
      description: "The third party's 15 working days passed unanswered: the clock runs again, the agency may decide.",
    },
    agencyOpinionDue: nullable(date),
    steps: {
      type: "array",
      items: {
        type: "object",
        properties: {
          event: { type: "string" },
          on: date,
          dueAfter: nullable(date),
          note: { type: "object", properties: { key: { type: "string" }, params: { type: "object" } } },
        },
      },
    },
  },
};

const REQUEST_LIST_ITEM: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    trackingCode: { type: "string" },
    agency: { type: "object", properties: { id: { type: "string", format: "uuid" }, shortName: { type: "string" } } },
    state: { enum: Object.values(RequestState) },
    channel: { type: "string" },
    applicantName: { type: "string" },
    description: { type: "string" },
    receivedOn: date,
    dueOn: nullable(date),
    dueProvisional: { type: "boolean" },
    correctionNoticeLate: { type: "boolean", description: "补正告知超期" },
    outcome: nullable({ type: "string" }),
    concludedOn: nullable(date),
    assignee: nullable({ type: "object", properties: { id: { type: "string" }, name: { type: "string" } } }),
    createdAt: dateTime,
  },
};

const REPLY_SCHEMA: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    requestId: { type: "string", format: "uuid" },
    status: { enum: ["DRAFT", "PENDING_APPROVAL", "RETURNED", "APPROVED", "SENT"] },
    outcome: { type: "string" },
    legalGround: { type: "string" },
    letterMarkdown: { type: "string" },
    letterNumber: { ...nullable({ type: "string" }), description: "文号, e.g. 元商务依申〔2026〕7号; set at approval" },
    delivery: nullable({ enum: ["FILES", "PICKUP", "POST", "PUBLISHED"] }),
    deliveryDetail: { type: "string" },
    notHeldVariant: nullable({ enum: ["NOT_EXIST", "OTHER_AGENCY"] }),
    otherAgencyName: { type: "string" },
    otherAgencyContact: { type: "string" },
    drafterId: { type: "string" },
    submittedAt: nullable(dateTime),
    approvedAt: nullable(dateTime),
    approvedById: nullable({ type: "string" }),
    returnComment: nullable({ type: "string" }),
    sentOn: nullable(date),
    createdAt: dateTime,
  },
};

/** 依申请公开: the public submit/track endpoints and the console endpoints for staff. */
export const REQUESTS_SECTION: ApiSection = {
  tags: [
    {
      name: "requests",
      description: "依申请公开 — submit an information request and follow it (public, CORS enabled).",
    },
    {
      name: "console-requests",
      description: "Staff handling of requests, authenticated by a personal access token; the token acts as its user.",
    },
  ],
  schemas: {
    OnlineRequest: bodySchema(ZOnlineRequest),
    StaffRegistration: bodySchema(ZStaffRegistration),
    ClockStep: bodySchema(ZClockStep),
    FeeNotice: bodySchema(ZFeeNotice),
    FeePaid: bodySchema(ZFeePaid),
    FeeLapsed: bodySchema(ZFeeLapsed),
    ReplyDraft: bodySchema(ZReplyDraft),
    ReplyReturn: bodySchema(ZReplyReturn),
    ReplySend: bodySchema(ZReplySend),
    Receipt: RECEIPT_SCHEMA,
    Clock: CLOCK_SCHEMA,
    RequestListItem: REQUEST_LIST_ITEM,
    Reply: REPLY_SCHEMA,
    TrackedRequest: {
      type: "object",
      description:
        "What the applicant sees: no internal notes, no staff names, no personal data beyond the request itself.",
      properties: {
        trackingCode: { type: "string" },
        agency: { type: "object" },
        channel: { type: "string" },
        state: { type: "string" },
        description: { type: "string" },
        submittedAt: dateTime,
        receivedOn: date,
        dueOn: nullable(date),
        dueProvisional: { type: "boolean" },
        outcome: nullable({ type: "string" }),
        concludedOn: nullable(date),
        events: { type: "array", items: { type: "object", properties: { kind: { type: "string" }, on: date } } },
        replies: { type: "array", items: { type: "object" } },
        fees: { type: "array", items: { type: "object" } },
      },
    },
    ConsoleRequest: {
      type: "object",
      description:
        "A request with the applicant, the events, notes, files, replies, fees, appeals and the derived clock.",
      properties: {
        id: { type: "string", format: "uuid" },
        trackingCode: { type: "string" },
        state: { type: "string" },
        clock: ref("Clock"),
        applicant: { type: "object" },
        events: { type: "array", items: { type: "object" } },
        replies: { type: "array", items: ref("Reply") },
      },
    },
  },
  paths: {
    "/api/v1/requests": {
      post: {
        operationId: "submitRequest",
        summary: "Submit an information request (网络申请)",
        description:
          "The receipt date is the day of submission in China (条例 art. 31); a receipt e-mail goes to the applicant's address. Limited per client address (GONGKAI_SUBMISSION_MAX_PER_ADDRESS per GONGKAI_SUBMISSION_WINDOW_MINUTES, default 10 an hour); unlike the portal's form it needs no proof-of-work solution.",
        tags: ["requests"],
        requestBody: { required: true, content: jsonOf(ref("OnlineRequest")) },
        responses: {
          "201": { description: "Received", content: jsonOf(ref("Receipt")) },
          "400": errorRef("BadRequest"),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
          "429": errorRef("Throttled"),
        },
      },
    },
    "/api/v1/requests/{trackingCode}": {
      get: {
        operationId: "trackRequest",
        summary: "Follow a request with its tracking code and the last four digits of the applicant's phone",
        description:
          "Wrong digits count against this code from the caller's address, together with the portal's tracking page: after GONGKAI_TRACKING_MAX_FAILURES_PER_CODE (default 5) in GONGKAI_TRACKING_WINDOW_MINUTES (15) the code is locked from that address, and after GONGKAI_TRACKING_MAX_FAILURES_PER_ADDRESS (50) for any codes, every look-up from it waits.",
        tags: ["requests"],
        parameters: [
          pathParam("trackingCode", "查询码 (case and separators do not matter)"),
          {
            name: "phoneLastFour",
            in: "query",
            required: true,
            description: "Last four digits of the phone given in the request",
            schema: { type: "string", pattern: "^\\d{4}$" },
          },
        ],
        responses: {
          "200": { description: "The applicant's view", content: jsonOf(ref("TrackedRequest")) },
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
          "429": errorRef("Throttled"),
        },
      },
    },
    "/api/v1/console/requests": {
      get: {
        operationId: "listRequests",
        summary: "Requests of the agencies the token's user may read, newest first",
        tags: ["console-requests"],
        security: bearer,
        parameters: [
          { name: "state", in: "query", schema: { enum: Object.values(RequestState) } },
          { name: "agencyId", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "cursor", in: "query", description: "nextCursor of the previous page", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
        ],
        responses: {
          "200": {
            description: "One page",
            content: jsonOf({
              type: "object",
              properties: {
                items: { type: "array", items: ref("RequestListItem") },
                nextCursor: nullable({ type: "string" }),
              },
            }),
          },
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "422": errorRef("Validation"),
        },
      },
      post: {
        operationId: "registerRequest",
        summary: "Register a request received in person, by letter, fax, e-mail or otherwise (经办人)",
        tags: ["console-requests"],
        security: bearer,
        requestBody: { required: true, content: jsonOf(ref("StaffRegistration")) },
        responses: {
          "201": {
            description: "Registered; the registering user becomes its assignee",
            content: jsonOf({
              allOf: [ref("Receipt"), { type: "object", properties: { id: { type: "string", format: "uuid" } } }],
            }),
          },
          "400": errorRef("BadRequest"),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}": {
      get: {
        operationId: "getRequest",
        summary: "One request with its clock",
        tags: ["console-requests"],
        security: bearer,
        parameters: [pathParam("id", "Request id")],
        responses: {
          "200": { description: "The request", content: jsonOf(ref("ConsoleRequest")) },
          "401": errorRef("Unauthenticated"),
          "404": errorRef("NotFound"),
        },
      },
    },
    "/api/v1/console/requests/{id}/events": {
      post: {
        operationId: "recordClockEvent",
        summary: "Record a step of the statutory clock (补正, 征求意见, 延期, 撤回…)",
        description:
          "Extensions need a leader (领导); the other steps a staff member (经办人) of the request's agency.",
        tags: ["console-requests"],
        security: bearer,
        parameters: [pathParam("id", "Request id")],
        requestBody: { required: true, content: jsonOf(ref("ClockStep")) },
        responses: {
          "201": {
            description: "Recorded; the new deadline",
            content: jsonOf({
              type: "object",
              properties: { state: { type: "string" }, dueOn: nullable(date), dueProvisional: { type: "boolean" } },
            }),
          },
          "400": errorRef("BadRequest"),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/fees/{step}": {
      post: {
        operationId: "recordFeeStep",
        summary: "信息处理费: send the fee notice (step notice), record the payment (paid) or the lapse (lapsed)",
        description:
          "The console's rules: a notice only within the reply period, per request or per page (never both), at " +
          "least 20 working days to pay from the day after the applicant received it; a lapse only after the " +
          "payment deadline. Bodies: FeeNotice, FeePaid ({ paidOn }), FeeLapsed ({ on }).",
        tags: ["console-requests"],
        security: bearer,
        parameters: [
          pathParam("id", "Request id"),
          {
            name: "step",
            in: "path",
            required: true,
            description: "notice | paid | lapsed",
            schema: { type: "string", enum: ["notice", "paid", "lapsed"] },
          },
        ],
        requestBody: {
          required: true,
          content: jsonOf({ oneOf: [ref("FeeNotice"), ref("FeePaid"), ref("FeeLapsed")] }),
        },
        responses: {
          "201": { description: "Recorded", content: jsonOf({ type: "object" }) },
          "400": errorRef("BadRequest"),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/replies": {
      post: {
        operationId: "draftReply",
        summary: "Draft the reply (答复书 / 告知书); an empty letter is generated from the agency's template",
        tags: ["console-requests"],
        security: bearer,
        parameters: [pathParam("id", "Request id")],
        requestBody: { required: true, content: jsonOf(ref("ReplyDraft")) },
        responses: {
          "201": { description: "Drafted", content: jsonOf(ref("Reply")) },
          "400": errorRef("BadRequest"),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/replies/{replyId}": {
      put: {
        operationId: "updateReply",
        summary:
          "The drafter changes a draft or returned reply (outcome, ground, delivery, 36 (五) agency, letter; regenerate=1)",
        tags: ["console-requests"],
        security: bearer,
        parameters: [pathParam("id", "Request id"), pathParam("replyId", "Reply id")],
        requestBody: { required: true, content: jsonOf(ref("ReplyDraft")) },
        responses: {
          "200": { description: "Saved", content: jsonOf(ref("Reply")) },
          "400": errorRef("BadRequest"),
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          "422": errorRef("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/replies/{replyId}/files": {
      post: {
        operationId: "addReleasedFile",
        summary: "Attach a released document to a reply that provides the information as files (delivery FILES)",
        tags: ["console-requests"],
        security: bearer,
        parameters: [pathParam("id", "Request id"), pathParam("replyId", "Reply id")],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", format: "binary" } },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Attached",
            content: jsonOf({
              type: "object",
              properties: {
                id: { type: "string", format: "uuid" },
                fileName: { type: "string" },
                contentType: { type: "string" },
                size: { type: "integer" },
                sha256: { type: "string" },
              },
            }),
          },
          "401": errorRef("Unauthenticated"),
          "403": errorRef("Forbidden"),
          "404": errorRef("NotFound"),
          "409": errorRef("Conflict"),
          "413": { description: "The file is larger than GONGKAI_ATTACHMENT_MAX_MB" },
          "422": errorRef("Validation"),
        },
      },
    },
    ...Object.fromEntries(
      (
        [
          ["submit", "submitReply", "The drafter submits the reply for approval", null],
          ["approve", "approveReply", "A leader who did not draft it approves the reply", null],
          ["return", "returnReply", "A leader returns the reply to its drafter with a comment", "ReplyReturn"],
          ["send", "sendReply", "送达: send the approved reply; the request ends with its outcome", "ReplySend"],
        ] as const
      ).map(([step, operationId, summary, body]): [string, PathItem] => [
        `/api/v1/console/requests/{id}/replies/{replyId}/${step}`,
        {
          post: {
            operationId,
            summary,
            tags: ["console-requests"],
            security: bearer,
            parameters: [pathParam("id", "Request id"), pathParam("replyId", "Reply id")],
            ...(body ? { requestBody: { required: true, content: jsonOf(ref(body)) } } : {}),
            responses: {
              "200": {
                description: "Done",
                content: jsonOf(
                  step === "send"
                    ? { type: "object", properties: { sentOn: date, state: { type: "string" }, dueOn: nullable(date) } }
                    : ref("Reply"),
                ),
              },
              "401": errorRef("Unauthenticated"),
              "403": errorRef("Forbidden"),
              "404": errorRef("NotFound"),
              "409": errorRef("Conflict"),
              "422": errorRef("Validation"),
            },
          },
        },
      ]),
    ),
  },
};

/** Every capability's part of the API; add a section here to describe new endpoints. */
export const API_SECTIONS: ApiSection[] = [
  OPEN_DATA_SECTION,
  REQUESTS_SECTION,
  REPORTS_SECTION,
  APPEALS_SECTION,
  CONSOLE_ITEMS_SECTION,
  CONSOLE_REPORTS_SECTION,
];

const errorResponse = (description: string): ResponseObject => ({ description, content: jsonOf(ref("Error")) });

export function openApiDocument(options: { serverUrl?: string; sections?: ApiSection[] } = {}): OpenApiDocument {
  const sections = options.sections ?? API_SECTIONS;
  return {
    openapi: "3.1.0",
    info: {
      title: "Gongkai API（政府信息公开平台接口）",
      version: "1",
      description:
        "JSON over HTTPS. Errors are { error: { code, message, fields } } with the HTTP status of the code; messages are in Chinese " +
        "unless Accept-Language asks for English. Console endpoints take `Authorization: Bearer gk_…` (a personal access token " +
        "created under 工作台 › 访问令牌, or with `npm run cli -- create-token`); the token has its user's roles and agencies.",
    },
    servers: [{ url: options.serverUrl ?? "/" }],
    tags: sections.flatMap((s) => s.tags),
    paths: Object.assign({}, ...sections.map((s) => s.paths)),
    components: {
      schemas: Object.assign({ Error: ERROR_SCHEMA }, ...sections.map((s) => s.schemas ?? {})),
      responses: {
        BadRequest: errorResponse("The body is not valid JSON (INVALID_JSON)"),
        Unauthenticated: errorResponse(
          "No valid token: missing, unknown, revoked or expired, or its user is deactivated",
        ),
        Forbidden: errorResponse("The token's user may not do this"),
        NotFound: errorResponse("Does not exist, or is outside the user's agencies"),
        Validation: errorResponse("The input has errors, listed per field"),
        Conflict: errorResponse("The record changed meanwhile, or the step does not fit its state"),
        Throttled: errorResponse(
          "Too many attempts from this address (THROTTLED); the message says in how many minutes to try again",
        ),
      },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal access token, gk_…" },
      },
    },
  };
}
