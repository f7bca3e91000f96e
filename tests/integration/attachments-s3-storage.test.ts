// The S3 backend against a real (fake) S3 server in this process: @20minutes/s3rver checks AWS Signature
// V4 on every request with its account S3RVER/S3RVER, so these tests also prove the signing.
import { rm } from "node:fs/promises";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import type { S3StorageConfig } from "@/lib/attachments/config";
import { ingestAttachment, readAttachmentBytes } from "@/lib/attachments/ingest-attachment";
import { S3AttachmentStorage } from "@/lib/attachments/s3-storage";
import { getAttachmentStorage } from "@/lib/attachments/storage";
import { storageKeyFor } from "@/lib/attachments/storage-keys";
import * as f from "@/tests/fixtures/attachments/build-fixtures";

const directory = path.join(process.cwd(), ".data", "test-attachments", `s3-${process.pid}-${Date.now()}`);
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: "gongkai" }],
});
let config: S3StorageConfig;

beforeAll(async () => {
  const { port } = await server.run();
  config = {
    backend: "s3",
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "gongkai",
    region: "cn-north-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe("S3AttachmentStorage", () => {
  it("puts, reads back, tells existence and deletes, with signed requests", async () => {
    const storage = new S3AttachmentStorage(config);
    const bytes = f.chinesePdf(["政府信息公开"]);
    const key = storageKeyFor(bytes);
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, bytes, "application/pdf");
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.get(key)).toEqual(bytes);
    await storage.put(key, bytes, "application/pdf"); // already there: a no-op
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key); // deleting a missing key is fine
  });

  it("answers NOT_FOUND for a missing key", async () => {
    const storage = new S3AttachmentStorage(config);
    const error = await storage.get(storageKeyFor(Buffer.from("never stored"))).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
  });

  it("is refused by the server when the secret is wrong (the signature is checked)", async () => {
    const storage = new S3AttachmentStorage({ ...config, secretAccessKey: "wrong" });
    const bytes = f.png();
    await expect(storage.get(storageKeyFor(bytes))).rejects.toThrow(/GET .* failed: HTTP 403 SignatureDoesNotMatch/);
    await expect(storage.put(storageKeyFor(bytes), bytes, "image/png")).rejects.toThrow(/HEAD .* failed: HTTP 403/);
  });

  it("reports a missing bucket", async () => {
    const storage = new S3AttachmentStorage({ ...config, bucket: "no-such-bucket" });
    const bytes = f.gif();
    await expect(storage.put(storageKeyFor(bytes), bytes, "image/gif")).rejects.toThrow(/NoSuchBucket/);
  });

  it("builds path-style and virtual-hosted URLs with the sharded key", () => {
    const key = storageKeyFor(f.png());
    const shard = `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
    expect(new S3AttachmentStorage({ ...config, endpoint: "http://minio:9000" }).urlOf(key)).toBe(
      `http://minio:9000/gongkai/${shard}`,
    );
    expect(
      new S3AttachmentStorage({
        ...config,
        endpoint: "https://oss-cn-beijing.aliyuncs.com",
        forcePathStyle: false,
      }).urlOf(key),
    ).toBe(`https://gongkai.oss-cn-beijing.aliyuncs.com/${shard}`);
  });
});

describe("ingestAttachment with GONGKAI_STORAGE=s3", () => {
  it("picks the S3 backend from the environment once, and stores there", async () => {
    Object.assign(process.env, {
      GONGKAI_STORAGE: "s3",
      GONGKAI_S3_ENDPOINT: config.endpoint,
      GONGKAI_S3_BUCKET: config.bucket,
      GONGKAI_S3_REGION: config.region,
      GONGKAI_S3_ACCESS_KEY_ID: config.accessKeyId,
      GONGKAI_S3_SECRET_ACCESS_KEY: config.secretAccessKey,
      GONGKAI_S3_FORCE_PATH_STYLE: "1",
    });
    try {
      expect(getAttachmentStorage()).toBeInstanceOf(S3AttachmentStorage);
      expect(getAttachmentStorage()).toBe(getAttachmentStorage());
      const bytes = f.xlsx();
      const result = await ingestAttachment({ bytes, fileName: "2026年预算表.xlsx" });
      expect(result).toMatchObject({ extension: "xlsx", size: bytes.length, text: "" });
      expect(await readAttachmentBytes(result.storageKey)).toEqual(bytes);
    } finally {
      for (const name of Object.keys(process.env))
        if (name.startsWith("GONGKAI_S3_") || name === "GONGKAI_STORAGE") delete process.env[name];
    }
  });
});
