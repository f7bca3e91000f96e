// The open-data endpoints in the OpenAPI 3.1 description (merged into lib/api/openapi.ts's document as one
// ApiSection): agencies, items and attachments, read-only, public, CORS for any origin. Enumerations come
// from the same vocabularies the query parser checks (schemas.ts), so the description cannot drift.
import type { ApiSection, JsonSchema, Operation } from "@/lib/api/openapi";
import { GENRES, SUBJECT_CATEGORIES, VALIDITIES, DOCUMENT_KINDS, CHANNELS } from "@/lib/items/vocabulary";
import { ITEMS_MAX_PAGE_SIZE, ITEMS_PAGE_SIZE } from "./schemas";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const date = { type: "string", format: "date" } as const;
const uri = { type: "string", format: "uri" } as const;
const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: "null" }] });
const CORS = {
  "Access-Control-Allow-Origin": {
    description: "Always *: public data, no credentials.",
    schema: { type: "string", const: "*" },
  },
};

const BAD_REQUEST = {
  description:
    "A query parameter is unknown, repeated or invalid (code BAD_REQUEST); `fields` names each one with a sentence.",
  content: json(ref("Error")),
  headers: CORS,
};
const NOT_FOUND = { $ref: "#/components/responses/NotFound" };
const ok = (description: string, schema: JsonSchema) => ({ description, content: json(schema), headers: CORS });
const tags = ["open-data"];

const AGENCY_SUMMARY: JsonSchema = {
  type: "object",
  required: [
    "id",
    "code",
    "name",
    "shortName",
    "parentCode",
    "contact",
    "disclosureOffice",
    "publicItemCount",
    "links",
  ],
  properties: {
    id: {
      type: "string",
      format: "uuid",
      description: "Agency id; request bodies take it as agencyId, or the code as agencyCode.",
    },
    code: { type: "string", description: "Agency code (机关代码), used in 索引号, e.g. 350403001." },
    name: { type: "string" },
    shortName: { type: "string" },
    parentCode: nullable({ type: "string" }),
    contact: {
      type: "object",
      properties: {
        address: { type: "string" },
        postcode: { type: "string" },
        phone: { type: "string" },
        fax: { type: "string" },
        email: { type: "string" },
        website: { type: "string" },
        officeHours: { type: "string" },
      },
    },
    disclosureOffice: { type: "string", description: "政府信息公开工作机构, e.g. 局办公室." },
    publicItemCount: { type: "integer" },
    links: {
      type: "object",
      properties: {
        api: uri,
        items: uri,
        catalogue: uri,
        guide: uri,
        feed: { ...uri, description: "Atom feed of the latest 50 items." },
      },
    },
  },
};

const CATEGORY: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    links: { type: "object", properties: { items: uri, feed: uri } },
  },
};

const ITEM_LINKS: JsonSchema = { type: "object", properties: { html: uri, api: uri } };
const SUBJECT: JsonSchema = {
  type: "object",
  properties: {
    code: { enum: Object.keys(SUBJECT_CATEGORIES) },
    name: { type: "string", description: "主题分类 (State Council scheme)." },
  },
};

const ITEM_SUMMARY: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    indexNumber: { type: "string", description: "索引号" },
    title: { type: "string" },
    documentNumber: { type: "string", description: "文号, may be empty" },
    publishedOn: date,
    validity: { enum: VALIDITIES },
    subject: SUBJECT,
    genre: { enum: GENRES },
    catalogueCategory: nullable({
      type: "object",
      properties: { id: { type: "string", format: "uuid" }, name: { type: "string" } },
    }),
    summary: { type: "string" },
    agency: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
    links: ITEM_LINKS,
  },
};

const ITEM_LINK: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    indexNumber: { type: "string" },
    title: { type: "string" },
    links: ITEM_LINKS,
  },
};

const ITEM: JsonSchema = {
  type: "object",
  properties: {
    ...(ITEM_SUMMARY.properties as Record<string, JsonSchema>),
    writtenOn: { ...date, description: "成文日期" },
    validityChangedOn: nullable(date),
    documentKind: { enum: DOCUMENT_KINDS },
    channels: { type: "array", items: { enum: CHANNELS } },
    keywords: { type: "array", items: { type: "string" } },
    bodyHtml: {
      type: "string",
      description: "The body as sanitised HTML (a safe subset: paragraphs, lists, tables, links).",
    },
    agency: {
      type: "object",
      properties: { code: { type: "string" }, name: { type: "string" }, shortName: { type: "string" } },
    },
    attachments: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          fileName: { type: "string" },
          contentType: { type: "string" },
          size: { type: "integer" },
          url: { ...uri, description: "Download through the API (CORS)." },
          htmlUrl: { ...uri, description: "Download on the portal." },
        },
      },
    },
    interprets: nullable({ ...ITEM_LINK, description: "For a 政策解读: the policy document it explains." }),
    interpretations: { type: "array", items: ITEM_LINK, description: "政策解读 of this document." },
  },
};

const codeParam = {
  name: "code",
  in: "path" as const,
  required: true,
  description: "Agency code",
  schema: { type: "string", pattern: "^[0-9A-Za-z-]{1,32}$" },
};
const idParam = {
  name: "id",
  in: "path" as const,
  required: true,
  description: "Item id",
  schema: { type: "string", format: "uuid" },
};

const listItems: Operation = {
  operationId: "listItems",
  summary: "Public items, newest first, with filters and keyset pages",
  description:
    "Only published 主动公开 items of active agencies. Filters combine. Pages are keyset pages: pass the `next` of a page as `cursor` " +
    "(or follow `links.next`); a deep page costs the same as the first and items published meanwhile do not shift pages.",
  tags,
  parameters: [
    {
      name: "agency",
      in: "query",
      description: "Agency code; an unknown code is a 400.",
      schema: { type: "string", pattern: "^[0-9A-Za-z-]{1,32}$" },
    },
    {
      name: "category",
      in: "query",
      description: "Catalogue category id (with its sub-categories), see GET /api/v1/agencies/{code}.",
      schema: { type: "string", format: "uuid" },
    },
    { name: "subject", in: "query", description: "主题分类 code", schema: { enum: Object.keys(SUBJECT_CATEGORIES) } },
    { name: "genre", in: "query", description: "体裁", schema: { enum: GENRES } },
    {
      name: "year",
      in: "query",
      description: "Year of publication (发布日期)",
      schema: { type: "integer", minimum: 1990, maximum: 2100 },
    },
    { name: "validity", in: "query", description: "有效性", schema: { enum: VALIDITIES } },
    { name: "cursor", in: "query", description: "The `next` value of the previous page.", schema: { type: "string" } },
    {
      name: "limit",
      in: "query",
      description: `Page size, default ${ITEMS_PAGE_SIZE}.`,
      schema: { type: "integer", minimum: 1, maximum: ITEMS_MAX_PAGE_SIZE },
    },
    {
      name: "q",
      in: "query",
      description:
        "Full-text search (Chinese: two characters and more; title > 文号/关键词 > body, then newest). With q the answer is a relevance page: { query, total, totalIsLowerBound, page, pageCount, hasNext, items } and `page` replaces `cursor`; `subject` and `limit` do not apply.",
      schema: { type: "string", maxLength: 100 },
    },
    {
      name: "page",
      in: "query",
      description: "With q: the page of results (20 per page, at most 50 pages).",
      schema: { type: "integer", minimum: 1, maximum: 50 },
    },
  ],
  responses: {
    "200": ok("One page of items", {
      type: "object",
      required: ["items", "next", "links"],
      properties: {
        items: { type: "array", items: ref("OpenDataItemSummary") },
        next: nullable({ type: "string" }),
        links: { type: "object", properties: { next: nullable(uri) } },
      },
    }),
    "400": BAD_REQUEST,
  },
};

/** Paths and schemas of the open-data API (OpenAPI 3.1), for lib/api/openapi.ts's API_SECTIONS. */
export const OPEN_DATA_SECTION: ApiSection = {
  tags: [
    {
      name: "open-data",
      description:
        "Open data (政府信息公开): agencies, public items and their attachments. Read-only, no authentication, CORS for any origin.",
    },
  ],
  schemas: {
    OpenDataAgency: AGENCY_SUMMARY,
    OpenDataCategory: CATEGORY,
    OpenDataItemSummary: ITEM_SUMMARY,
    OpenDataItem: ITEM,
  },
  paths: {
    "/api/v1/agencies": {
      get: {
        operationId: "listAgencies",
        summary: "Active agencies with public contact facts",
        tags,
        responses: {
          "200": ok("The agencies, the government first", {
            type: "object",
            properties: { agencies: { type: "array", items: ref("OpenDataAgency") } },
          }),
          "400": BAD_REQUEST,
        },
      },
    },
    "/api/v1/agencies/{code}": {
      get: {
        operationId: "getAgency",
        summary: "One active agency with its catalogue categories",
        tags,
        parameters: [codeParam],
        responses: {
          "200": ok("The agency", {
            type: "object",
            properties: {
              agency: {
                allOf: [
                  ref("OpenDataAgency"),
                  {
                    type: "object",
                    properties: {
                      catalogueCategories: {
                        type: "array",
                        items: {
                          allOf: [
                            ref("OpenDataCategory"),
                            {
                              type: "object",
                              properties: { children: { type: "array", items: ref("OpenDataCategory") } },
                            },
                          ],
                        },
                      },
                    },
                  },
                ],
              },
            },
          }),
          "400": BAD_REQUEST,
          "404": NOT_FOUND,
        },
      },
    },
    "/api/v1/items": { get: listItems },
    "/api/v1/items/{id}": {
      get: {
        operationId: "getItem",
        summary: "One public item: metadata, body, attachments and 政策解读 links",
        tags,
        parameters: [idParam],
        description:
          "Drafts, withheld (不予公开, 依申请公开, 非政府信息) and withdrawn items answer 404, like unknown ids.",
        responses: {
          "200": ok("The item", { type: "object", properties: { item: ref("OpenDataItem") } }),
          "400": BAD_REQUEST,
          "404": NOT_FOUND,
        },
      },
    },
    "/api/v1/items/{id}/attachments/{attachmentId}": {
      get: {
        operationId: "getItemAttachment",
        summary: "An attachment of a public item (the file itself)",
        tags,
        parameters: [
          idParam,
          {
            name: "attachmentId",
            in: "path",
            required: true,
            description: "Attachment id",
            schema: { type: "string", format: "uuid" },
          },
        ],
        responses: {
          "200": {
            description:
              "The file, with the type detected at upload. PDFs and images are `inline`, office formats `attachment`.",
            content: {
              "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
            },
            headers: CORS,
          },
          "404": NOT_FOUND,
        },
      },
    },
  },
};
