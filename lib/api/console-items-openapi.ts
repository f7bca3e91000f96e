// The staff API of 主动公开 items in /api/v1/openapi.json (lib/api/openapi.ts API_SECTIONS): list, read, draft,
// edit, attachments, the review chain (保密审查, 领导审定 = publication), withdrawal, validity changes and the
// 条例 art. 18 re-review. Bodies come from the zod schemas the use cases parse.
import { ItemState, RevisionStatus } from "@/lib/generated/prisma/enums";
import { ZComment, ZItemDraft, ZOptionalComment, ZValidityChange, ZWithdrawal } from "@/lib/items/schemas";
import { SUBJECT_CATEGORY_CODES } from "@/lib/items/vocabulary";
import { ZStartRevision } from "./console-items";
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

const tags = ["console-items"];
const itemId = idParam("id", "Item id");
const attachmentId = idParam("attachmentId", "Attachment id");
const itemAnswer = (description: string) => ({ description, content: jsonOf(ref("ConsoleItem")) });

const ATTACHMENT: JsonSchema = {
  type: "object",
  properties: {
    id: uuid,
    fileName: { type: "string" },
    contentType: { type: "string", description: "Detected from the content, never from the name." },
    size: { type: "integer" },
    sha256: { type: "string" },
    createdAt: dateTime,
  },
};

const REVISION: JsonSchema = {
  type: "object",
  properties: {
    id: uuid,
    number: { type: "integer" },
    status: { enum: Object.values(RevisionStatus) },
    title: { type: "string" },
    documentNumber: { type: "string", description: "文号" },
    writtenOn: { ...date, description: "成文日期" },
    subjectCategory: { type: "string", description: "主题分类 code" },
    catalogueCategoryId: nullable(uuid),
    genre: { type: "string" },
    documentKind: { type: "string" },
    channels: { type: "array", items: { type: "string" } },
    keywords: { type: "array", items: { type: "string" } },
    summary: { type: "string" },
    bodyMarkdown: { type: "string" },
    disclosure: { type: "string", description: "公开属性: PROACTIVE, ON_REQUEST, WITHHELD, NOT_GOVERNMENT_INFO" },
    withholdGround: nullable({ type: "string", description: "The legal ground when not 主动公开" }),
    withholdReason: nullable({ type: "string", description: "The written reason when not 主动公开" }),
    drafter: person,
    attachments: { type: "array", items: ref("ItemAttachment") },
    review: {
      type: "object",
      description: "The review history of this revision: submitted, 保密审查, 领导审定, the last 退回.",
      properties: {
        submittedAt: nullable(dateTime),
        reviewedBy: person,
        reviewedAt: nullable(dateTime),
        reviewComment: nullable({ type: "string", description: "保密审查意见" }),
        approvedBy: person,
        approvedAt: nullable(dateTime),
        returnedBy: person,
        returnedAt: nullable(dateTime),
        returnComment: nullable({ type: "string" }),
      },
    },
    createdAt: dateTime,
    updatedAt: dateTime,
  },
};

const ITEM: JsonSchema = {
  type: "object",
  properties: {
    id: uuid,
    agency: { type: "object", properties: { id: uuid, code: { type: "string" }, name: { type: "string" } } },
    state: { enum: Object.values(ItemState) },
    origin: { type: "string" },
    indexNumber: nullable({ type: "string", description: "索引号, assigned at first publication" }),
    publishedOn: nullable(date),
    publishedAt: nullable(dateTime),
    validity: { type: "string", description: "有效性: VALID, REPEALED (废止), EXPIRED (失效)" },
    validityChangedOn: nullable(date),
    pendingValidity: nullable({
      type: "object",
      description: "A 废止/失效 proposed by staff, waiting for a leader",
      properties: { validity: { type: "string" }, effectiveOn: date, reason: { type: "string" }, proposedBy: person },
    }),
    withdrawnAt: nullable(dateTime),
    withdrawnReason: nullable({ type: "string" }),
    reviewDueOn: nullable({ ...date, description: "条例 art. 18: when a withheld item is due for re-evaluation" }),
    interpretsItemId: nullable(uuid),
    liveRevisionId: nullable(uuid),
    openRevisionId: nullable(uuid),
    revisions: { type: "array", description: "Newest first", items: ref("ItemRevision") },
    allowedSteps: {
      type: "array",
      description:
        "What the token's user may do now: submit, pass, returnFromReview, approve, returnFromApproval, edit, " +
        "startRevision, withdraw, proposeValidity, decideValidity, keepWithheld (the server checks again).",
      items: { type: "string" },
    },
    history: {
      type: "array",
      description:
        "Every step of the review chain and the item's life in order (created, submitted, review_passed, returned, " +
        "published, withheld, withdrawn, revision_started, validity_*, withheld_kept), each round of 退回 included.",
      items: {
        type: "object",
        properties: {
          event: { type: "string" },
          at: dateTime,
          actor: { type: "object", properties: { id: nullable(uuid), name: { type: "string" } } },
          revision: nullable({ type: "integer" }),
          step: nullable({ enum: ["review", "approval"], description: "退回 at 保密审查 or at 领导审定" }),
          comment: nullable({ type: "string", description: "The opinion, the reason for 退回 or for withdrawal" }),
        },
      },
    },
    createdAt: dateTime,
    updatedAt: dateTime,
  },
};

const LIST_PAGE: JsonSchema = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: uuid,
          agency: { type: "object" },
          state: { enum: Object.values(ItemState) },
          indexNumber: nullable({ type: "string" }),
          publishedOn: nullable(date),
          validity: { type: "string" },
          latestRevision: nullable({ type: "object" }),
          updatedAt: dateTime,
        },
      },
    },
    nextCursor: { ...nullable(uuid), description: "Pass as cursor for the next page; null on the last page." },
  },
};

function step(
  operationId: string,
  summary: string,
  description: string,
  body: { schema: string; required: boolean } | null,
  refusals: Parameters<typeof errors>,
  status: "200" | "201" = "200",
): Operation {
  return {
    operationId,
    summary,
    description,
    tags,
    security: bearer,
    parameters: [itemId],
    ...(body ? { requestBody: { required: body.required, content: jsonOf(ref(body.schema)) } } : {}),
    responses: {
      [status]: itemAnswer("The item afterwards"),
      ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict", ...refusals),
    },
  };
}

const CHAIN =
  "The drafter, the 保密审查 reviewer and the approving leader are three different people (FORBIDDEN with " +
  "selfApproval / reviewerCannotApprove otherwise, whatever roles the user holds).";

export const CONSOLE_ITEMS_SECTION: ApiSection = {
  tags: [
    {
      name: "console-items",
      description:
        "主动公开 items for staff: draft with full metadata and 公开属性, attachments, the review chain (保密审查, " +
        "领导审定 = publication), withdrawal, validity changes. The same use cases, permissions and audit as the console.",
    },
  ],
  schemas: {
    ItemDraft: bodySchema(ZItemDraft),
    ItemComment: bodySchema(ZComment),
    ItemOptionalComment: bodySchema(ZOptionalComment),
    ItemWithdrawal: bodySchema(ZWithdrawal),
    ItemValidityChange: bodySchema(ZValidityChange),
    ItemStartRevision: bodySchema(ZStartRevision),
    ItemAttachment: ATTACHMENT,
    ItemRevision: REVISION,
    ConsoleItem: ITEM,
    ConsoleItemPage: LIST_PAGE,
  },
  paths: {
    "/api/v1/console/items": {
      get: {
        operationId: "listConsoleItems",
        summary: "Items of the token's agencies, newest first, with filters and keyset pages",
        tags,
        security: bearer,
        parameters: [
          { name: "agencyId", in: "query", schema: uuid },
          { name: "state", in: "query", schema: { enum: Object.values(ItemState) } },
          {
            name: "status",
            in: "query",
            description: "A revision of the item has this status (DRAFT … PENDING_APPROVAL for the review chain).",
            schema: { enum: Object.values(RevisionStatus) },
          },
          {
            name: "category",
            in: "query",
            description: "Catalogue category id of the current revision (the open one, else the live one).",
            schema: uuid,
          },
          {
            name: "subject",
            in: "query",
            description: "主题分类 code of the current revision",
            schema: { enum: SUBJECT_CATEGORY_CODES },
          },
          {
            name: "year",
            in: "query",
            description: "Year of first publication (发布日期)",
            schema: { type: "integer", minimum: 1990, maximum: 2100 },
          },
          {
            name: "q",
            in: "query",
            description: "Part of the title or 文号 of the current revision, or of the 索引号",
            schema: { type: "string", maxLength: 100 },
          },
          { name: "cursor", in: "query", description: "nextCursor of the previous page", schema: uuid },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
        ],
        responses: {
          "200": { description: "One page", content: jsonOf(ref("ConsoleItemPage")) },
          ...errors("Unauthenticated", "Forbidden", "Validation"),
        },
      },
      post: {
        operationId: "createItemDraft",
        summary: "Create a draft (草稿) with its metadata and 公开属性",
        description:
          "Anything but PROACTIVE needs withholdGround and withholdReason; a 政策解读 (genre INTERPRETATION) names " +
          "the item it explains. An agency outside the token's agencies answers 404.",
        tags,
        security: bearer,
        requestBody: { required: true, content: jsonOf(ref("ItemDraft")) },
        responses: {
          "201": itemAnswer("The new item"),
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Validation"),
        },
      },
    },
    "/api/v1/console/items/{id}": {
      get: {
        operationId: "getConsoleItem",
        summary: "One item: metadata, 公开属性, revisions, attachments and review history",
        tags,
        security: bearer,
        parameters: [itemId],
        responses: { "200": itemAnswer("The item"), ...errors("Unauthenticated", "NotFound") },
      },
      put: {
        operationId: "updateItemDraft",
        summary: "Edit the open draft (its drafter, while 草稿 or 已退回)",
        tags,
        security: bearer,
        parameters: [itemId],
        requestBody: { required: true, content: jsonOf(ref("ItemDraft")) },
        responses: {
          "200": itemAnswer("The item afterwards"),
          ...errors("BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict", "Validation"),
        },
      },
    },
    "/api/v1/console/items/{id}/submit": {
      post: step("submitItem", "Submit the draft for 保密审查 (its drafter)", CHAIN, null, ["Validation"]),
    },
    "/api/v1/console/items/{id}/review/pass": {
      post: step(
        "passItemReview",
        "保密审查 passed, with an optional opinion (保密审查意见)",
        CHAIN,
        { schema: "ItemOptionalComment", required: false },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/review/return": {
      post: step(
        "returnItemFromReview",
        "保密审查 returns the revision to its drafter",
        `${CHAIN} The comment says why.`,
        { schema: "ItemComment", required: true },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/approval/approve": {
      post: step(
        "approveItem",
        "领导审定: approve — a 主动公开 revision is published at once",
        `${CHAIN} A first publication gets its 索引号; a revision that is not 主动公开 becomes the approved withholding decision (state WITHHELD).`,
        null,
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/approval/return": {
      post: step(
        "returnItemFromApproval",
        "领导审定: return the revision to its drafter",
        `${CHAIN} The comment says why.`,
        { schema: "ItemComment", required: true },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/withdraw": {
      post: step(
        "withdrawItem",
        "撤回: a leader takes a published item off the portal",
        "The item keeps its 索引号; the public API answers 404 for it from then on.",
        { schema: "ItemWithdrawal", required: true },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/revisions": {
      post: step(
        "startItemRevision",
        "Start a new revision of an approved item",
        "Copies the current content and attachments; the public keeps seeing the live revision until the new one is " +
          "approved. forPublication turns a withheld item into a 主动公开 draft (条例 art. 18 re-review).",
        { schema: "ItemStartRevision", required: false },
        ["Validation"],
        "201",
      ),
    },
    "/api/v1/console/items/{id}/validity": {
      post: step(
        "proposeItemValidity",
        "Propose 废止 / 失效 of a published item",
        "A leader other than the proposer decides.",
        { schema: "ItemValidityChange", required: true },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/validity/approve": {
      post: step(
        "approveItemValidity",
        "Approve the proposed validity change",
        "A leader other than the proposer.",
        null,
        [],
      ),
    },
    "/api/v1/console/items/{id}/validity/reject": {
      post: step(
        "rejectItemValidity",
        "Reject the proposed validity change, saying why",
        "A leader other than the proposer.",
        { schema: "ItemComment", required: true },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/keep-withheld": {
      post: step(
        "keepItemWithheld",
        "条例 art. 18 re-review: the item stays withheld",
        "A leader confirms; the next review falls one period (the agency's setting) from today.",
        { schema: "ItemOptionalComment", required: false },
        ["Validation"],
      ),
    },
    "/api/v1/console/items/{id}/attachments": {
      get: {
        operationId: "listItemAttachments",
        summary: "The attachments of every revision of an item",
        tags,
        security: bearer,
        parameters: [itemId],
        responses: {
          "200": {
            description: "Per revision, newest first",
            content: jsonOf({
              type: "object",
              properties: {
                revisions: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      id: uuid,
                      number: { type: "integer" },
                      status: { type: "string" },
                      attachments: { type: "array", items: ref("ItemAttachment") },
                    },
                  },
                },
              },
            }),
          },
          ...errors("Unauthenticated", "NotFound"),
        },
      },
      post: {
        operationId: "uploadItemAttachment",
        summary: "Add a file to the open draft (its drafter, while 草稿 or 已退回)",
        description:
          "multipart/form-data with the field `file`. Checked as in the console: size (GONGKAI_ATTACHMENT_MAX_MB) and " +
          "content sniffing — a file that is not what its name says is refused.",
        tags,
        security: bearer,
        parameters: [itemId],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", contentMediaType: "application/octet-stream" } },
              },
            },
          },
        },
        responses: {
          "201": { description: "The stored file", content: jsonOf(ref("ItemAttachment")) },
          ...errors("Unauthenticated", "Forbidden", "NotFound", "Conflict", "PayloadTooLarge", "Validation"),
        },
      },
    },
    "/api/v1/console/items/{id}/attachments/{attachmentId}": {
      get: {
        operationId: "downloadItemAttachment",
        summary: "Download an attachment of any revision",
        tags,
        security: bearer,
        parameters: [itemId, attachmentId],
        responses: {
          "200": {
            description: "The file, with its detected type",
            content: { "application/octet-stream": { schema: { type: "string", contentMediaType: "*/*" } } },
          },
          ...errors("Unauthenticated", "NotFound"),
        },
      },
      delete: {
        operationId: "deleteItemAttachment",
        summary: "Remove a file from the open draft (its drafter, while 草稿 or 已退回)",
        tags,
        security: bearer,
        parameters: [itemId, attachmentId],
        responses: {
          "204": { description: "Removed" },
          ...errors("Unauthenticated", "Forbidden", "NotFound", "Conflict"),
        },
      },
    },
  },
};
