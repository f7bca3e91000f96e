// The staff API of a request's files for /api/v1/openapi.json: the applicant's documents, the released
// documents of a reply, the reply letter as PDF. Written without importing openapi.ts (which imports this).
import type { ApiSection, JsonSchema, Operation } from "./openapi";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const error = (name: string) => ({ $ref: `#/components/responses/${name}` });
const bearer = [{ bearerToken: [] }];
const pathParam = (name: string, description: string) => ({
  name,
  in: "path" as const,
  required: true,
  description,
  schema: { type: "string" },
});
const REQUEST = pathParam("id", "Request id");
const REPLY = pathParam("replyId", "Reply id");
const FILE = pathParam("fileId", "File id");
const TAGS = ["console-requests"];

const multipart = (description: string, multiple: boolean) => ({
  required: true,
  content: {
    "multipart/form-data": {
      schema: {
        type: "object",
        required: ["file"],
        properties: {
          file: multiple
            ? { type: "array", items: { type: "string", format: "binary" }, description }
            : { type: "string", format: "binary", description },
        },
      },
    },
  },
});

const download = (summary: string, operationId: string, parameters: Operation["parameters"], description: string) => ({
  operationId,
  summary,
  description,
  tags: TAGS,
  security: bearer,
  parameters,
  responses: {
    "200": {
      description:
        "The file, with the type detected at upload; Content-Disposition carries the name as filename*=UTF-8''… (Chinese names intact)",
      content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
      headers: {
        "Content-Disposition": { description: "inline (PDF, images) or attachment", schema: { type: "string" } },
      },
    },
    "401": error("Unauthenticated"),
    "404": error("NotFound"),
  },
});

const TOO_LARGE = { description: "The upload is larger than GONGKAI_ATTACHMENT_MAX_MB (PAYLOAD_TOO_LARGE)" };

export const FILES_SECTION: ApiSection = {
  tags: [],
  schemas: {
    RequestFile: {
      type: "object",
      required: ["id", "kind", "fileName", "contentType", "size", "download"],
      properties: {
        id: { type: "string", format: "uuid" },
        kind: {
          enum: ["APPLICANT_UPLOAD", "SCAN", "RELEASED", "REPLY_LETTER"],
          description: "APPLICANT_UPLOAD: sent with the online form; SCAN: registered by staff; RELEASED: with a reply",
        },
        fileName: { type: "string" },
        contentType: { type: "string", description: "Detected from the content at upload, not from the name" },
        size: { type: "integer" },
        sha256: { anyOf: [{ type: "string" }, { type: "null" }] },
        replyId: { anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] },
        createdAt: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] },
        download: { type: "string", description: "Path of the download (same token)" },
      },
    },
  },
  paths: {
    "/api/v1/console/requests/{id}/files": {
      get: {
        operationId: "listRequestFiles",
        summary: "The files of a request: the applicant's documents and the documents released with replies",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST],
        responses: {
          "200": {
            description: "The files, oldest first",
            content: json({ type: "object", properties: { files: { type: "array", items: ref("RequestFile") } } }),
          },
          "401": error("Unauthenticated"),
          "404": error("NotFound"),
        },
      },
      post: {
        operationId: "addRequestDocuments",
        summary: "Register the applicant's documents (e.g. an ID copy, a 补正 handed in on paper) with a request",
        description:
          "A 经办人 of the request's agency. The console's checks: at most 5 files at a time, together within " +
          "GONGKAI_ATTACHMENT_MAX_MB, each an accepted type judged by its content (a renamed web page is refused). " +
          "Field errors are on `files`.",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST],
        requestBody: multipart("One part per file, each named file", true),
        responses: {
          "201": {
            description: "Stored (kind SCAN)",
            content: json({ type: "object", properties: { files: { type: "array", items: ref("RequestFile") } } }),
          },
          "401": error("Unauthenticated"),
          "403": error("Forbidden"),
          "404": error("NotFound"),
          "413": TOO_LARGE,
          "422": error("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/files/{fileId}": {
      get: download(
        "Download a file of the request",
        "downloadRequestFile",
        [REQUEST, FILE],
        "Audited (request.file_downloaded): the applicant's papers are personal data.",
      ),
    },
    "/api/v1/console/requests/{id}/replies/{replyId}/files": {
      get: {
        operationId: "listReleasedFiles",
        summary: "The documents released with a reply",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST, REPLY],
        responses: {
          "200": {
            description: "The files",
            content: json({ type: "object", properties: { files: { type: "array", items: ref("RequestFile") } } }),
          },
          "401": error("Unauthenticated"),
          "404": error("NotFound"),
        },
      },
      post: {
        operationId: "addReleasedFile",
        summary: "Attach a released document to a reply that provides the information as files (delivery FILES)",
        description:
          "The drafter, while the reply is a draft or returned; one file per upload, checked like the console's " +
          "(size, type by content). A 予以公开 / 部分公开 reply by files cannot be submitted without one " +
          "(reason replies.releasedFileRequired).",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST, REPLY],
        requestBody: multipart("The document", false),
        responses: {
          "201": { description: "Attached (kind RELEASED)", content: json(ref("RequestFile")) },
          "401": error("Unauthenticated"),
          "403": error("Forbidden"),
          "404": error("NotFound"),
          "409": error("Conflict"),
          "413": TOO_LARGE,
          "422": error("Validation"),
        },
      },
    },
    "/api/v1/console/requests/{id}/replies/{replyId}/files/{fileId}": {
      get: download(
        "Download a released document of a reply",
        "downloadReleasedFile",
        [REQUEST, REPLY, FILE],
        "Audited (request.reply_file_downloaded).",
      ),
      delete: {
        operationId: "removeReleasedFile",
        summary: "Remove a released document from a reply that is still editable (the drafter)",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST, REPLY, FILE],
        responses: {
          "204": { description: "Removed" },
          "401": error("Unauthenticated"),
          "403": error("Forbidden"),
          "404": error("NotFound"),
          "409": error("Conflict"),
        },
      },
    },
    "/api/v1/console/requests/{id}/replies/{replyId}/pdf": {
      get: {
        operationId: "downloadReplyPdf",
        summary: "The reply letter (答复书 / 告知书) as PDF, for archiving",
        description:
          "The same letter as the console's; before sending, the file name ends in 草稿. Audited " +
          "(request.reply_pdf_downloaded): the letter names the applicant.",
        tags: TAGS,
        security: bearer,
        parameters: [REQUEST, REPLY],
        responses: {
          "200": {
            description: "The PDF; Content-Disposition inline with the letter's title and 文号 as filename*=UTF-8''…",
            content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
          },
          "401": error("Unauthenticated"),
          "404": error("NotFound"),
        },
      },
    },
  },
};
