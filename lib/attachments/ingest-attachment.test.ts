import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import * as f from "@/tests/fixtures/attachments/build-fixtures";
import { warmExtractionWorkers } from "./extract-pool";
import { attachmentMaxBytes } from "./config";
import { ingestAttachment, readAttachmentBytes, validateAttachment } from "./ingest-attachment";
import { LocalAttachmentStorage } from "./local-storage";

const root = path.join(process.cwd(), ".data", "test-attachments", `ingest-${process.pid}-${Date.now()}`);
let storage: LocalAttachmentStorage;

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  storage = new LocalAttachmentStorage(root);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe("VALIDATION");
  return { keys: appError.fieldErrors, params: appError.params };
}

// Workers load tsx, pdf.js, mammoth and SheetJS once (seconds on a busy machine); the tests time the files.
beforeAll(() => warmExtractionWorkers(), 120_000);

describe("ingestAttachment", () => {
  it("stores a Chinese PDF under its SHA-256 and returns its text", async () => {
    const bytes = f.chinesePdf(["政府信息公开工作年度报告"]);
    const result = await ingestAttachment({ bytes, fileName: "C:\\fakepath\\2026年度报告.pdf" }, { storage });
    expect(result).toMatchObject({
      fileName: "2026年度报告.pdf",
      contentType: "application/pdf",
      extension: "pdf",
      size: bytes.length,
      text: "政府信息公开工作年度报告",
      textStatus: "OK",
    });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.storageKey).toBe(result.sha256);
    expect(await readAttachmentBytes(result.storageKey, { storage })).toEqual(bytes);
  });

  it("detects the type from the content: a PDF named .docx is a PDF, with the user's name kept", async () => {
    const result = await ingestAttachment({ bytes: f.latinPdf("Budget"), fileName: "budget.docx" }, { storage });
    expect(result).toMatchObject({
      fileName: "budget.docx",
      contentType: "application/pdf",
      extension: "pdf",
      text: "Budget",
    });
  });

  it("stores the same file once, whatever its name", async () => {
    const bytes = f.docx();
    const a = await ingestAttachment({ bytes, fileName: "通知.docx" }, { storage });
    const b = await ingestAttachment({ bytes: Buffer.from(bytes), fileName: "copy of 通知.docx" }, { storage });
    expect(b.storageKey).toBe(a.storageKey);
    expect(b.fileName).toBe("copy of 通知.docx");
    expect(a).toMatchObject({ text: "政府信息公开", textStatus: "OK" });
    expect(await readdir(path.dirname(storage.pathOf(a.storageKey)))).toEqual([a.storageKey]);
  });

  it("keeps a PDF whose text cannot be read, with empty text and a warning in the log", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const bytes = Buffer.from("%PDF-1.7\n% damaged: no objects, no xref\n");
    const result = await ingestAttachment({ bytes, fileName: "damaged.pdf" }, { storage });
    expect(result).toMatchObject({ contentType: "application/pdf", text: "", textStatus: "UNREADABLE" });
    expect(await storage.exists(result.storageKey)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`text extraction unreadable for ${result.sha256}`));
  });

  it.each([
    ["an HTML page named report.pdf", f.html(), "report.pdf"],
    ["an EXE named report.docx", f.exe(), "report.docx"],
    ["an SVG named picture.png", f.svg(), "picture.png"],
    ["a ZIP that is no Office or OFD file", f.zipOf({ "a.txt": "a" }), "archive.xlsx"],
  ])("refuses %s with attachmentTypeRefused and stores nothing", async (_label, bytes, fileName) => {
    const { keys, params } = await refusal(ingestAttachment({ bytes, fileName }, { storage }));
    expect(keys).toEqual({ file: ["attachmentTypeRefused"] });
    expect(params).toEqual({ fileName });
    await expect(readdir(root)).rejects.toThrow(/ENOENT/);
  });

  it("refuses an empty file with attachmentEmpty", async () => {
    const { keys } = await refusal(ingestAttachment({ bytes: Buffer.alloc(0), fileName: "empty.pdf" }, { storage }));
    expect(keys).toEqual({ file: ["attachmentEmpty"] });
  });
});

describe("size limit (GONGKAI_ATTACHMENT_MAX_MB)", () => {
  it("is 50 MiB by default", () => {
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "");
    expect(attachmentMaxBytes()).toBe(50 * 1024 * 1024);
  });

  it("refuses a file over the limit with attachmentTooLarge and the limit as a parameter", async () => {
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "1");
    const limit = 1024 * 1024;
    const atLimit = Buffer.concat([f.latinPdf(), Buffer.alloc(limit - f.latinPdf().length, 0x20)]);
    expect(validateAttachment({ bytes: atLimit, fileName: "ok.pdf" }).type.kind).toBe("pdf");

    const over = Buffer.concat([atLimit, Buffer.from(" ")]);
    const { keys, params } = await refusal(ingestAttachment({ bytes: over, fileName: "big.pdf" }, { storage }));
    expect(keys).toEqual({ file: ["attachmentTooLarge"] });
    expect(params).toEqual({ fileName: "big.pdf", maxMb: 1 });
  });

  it("accepts fractions and refuses nonsense", () => {
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "0.5");
    expect(attachmentMaxBytes()).toBe(512 * 1024);
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "-3");
    expect(() => attachmentMaxBytes()).toThrow(/GONGKAI_ATTACHMENT_MAX_MB/);
    vi.stubEnv("GONGKAI_ATTACHMENT_MAX_MB", "fifty");
    expect(() => attachmentMaxBytes()).toThrow(/GONGKAI_ATTACHMENT_MAX_MB/);
  });
});

describe("readAttachmentBytes", () => {
  it("answers NOT_FOUND for a key that is not stored", async () => {
    const error = await readAttachmentBytes("0".repeat(64), { storage }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
