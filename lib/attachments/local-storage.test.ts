import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { storageConfigFromEnv } from "./config";
import { LocalAttachmentStorage } from "./local-storage";
import { createAttachmentStorage } from "./storage";
import { objectPathFor, storageKeyFor } from "./storage-keys";

// A folder of its own under the project's .data/ (git-ignored), removed afterwards.
const root = path.join(process.cwd(), ".data", "test-attachments", `local-${process.pid}-${Date.now()}`);
let storage: LocalAttachmentStorage;

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  storage = new LocalAttachmentStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const bytes = Buffer.from("%PDF-1.7 政府信息公开");
const key = storageKeyFor(bytes);

describe("LocalAttachmentStorage", () => {
  it("stores under the SHA-256, sharded by its first hex digits, and reads back", async () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await storage.put(key, bytes, "application/pdf");
    const file = path.join(root, key.slice(0, 2), key.slice(2, 4), key);
    expect(storage.pathOf(key)).toBe(file);
    expect(objectPathFor(key)).toBe(`${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`);
    expect(await readFile(file)).toEqual(bytes);
    expect(await storage.get(key)).toEqual(bytes);
    expect(await storage.exists(key)).toBe(true);
  });

  it("stores the same content once", async () => {
    await storage.put(key, bytes, "application/pdf");
    await Promise.all([
      storage.put(key, bytes, "application/pdf"),
      storage.put(key, Buffer.from(bytes), "application/pdf"),
    ]);
    expect(await readdir(path.dirname(storage.pathOf(key)))).toEqual([key]); // one file, no temp files left
  });

  it("writes atomically: a temp file beside the target, renamed into place, none left behind", async () => {
    const large = Buffer.alloc(8 * 1024 * 1024, 7);
    const largeKey = storageKeyFor(large);
    const folder = path.dirname(storage.pathOf(largeKey));
    // Watch the folder while writing: the key's file is either absent or complete, never partial.
    let sawPartial = false;
    let writing = true;
    const watcher = (async () => {
      while (writing) {
        try {
          const content = await readFile(storage.pathOf(largeKey));
          if (content.length !== large.length) sawPartial = true;
        } catch {
          // not there yet
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await storage.put(largeKey, large, "application/pdf");
    writing = false;
    await watcher;
    expect(sawPartial).toBe(false);
    expect(await readdir(folder)).toEqual([largeKey]);
  });

  it("removes its temp file when the write fails", async () => {
    const target = storage.pathOf(key);
    // A non-empty folder where the file should go: not a stored file, so put writes, and the rename fails.
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, "blocker"), "x");
    await expect(storage.put(key, bytes, "application/pdf")).rejects.toThrow();
    expect((await readdir(path.dirname(target))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses bytes that do not match their key, and keys that are not SHA-256 hex", async () => {
    await expect(storage.put(key, Buffer.from("other bytes"), "application/pdf")).rejects.toThrow(/do not match/);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/Invalid attachment storage key/);
    await expect(storage.exists(key.toUpperCase())).rejects.toThrow(/Invalid attachment storage key/);
  });

  it("answers NOT_FOUND for a missing key, false for exists, and deletes idempotently", async () => {
    const missing = storageKeyFor(Buffer.from("never stored"));
    const error = await storage.get(missing).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    expect(await storage.exists(missing)).toBe(false);
    await storage.delete(missing);

    await storage.put(key, bytes, "application/pdf");
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });
});

describe("storage configuration", () => {
  it("uses a local folder under the project by default", () => {
    const config = storageConfigFromEnv({}, "/srv/gongkai");
    expect(config).toEqual({ backend: "local", directory: "/srv/gongkai/.data/attachments" });
    expect(createAttachmentStorage(config)).toBeInstanceOf(LocalAttachmentStorage);
  });

  it("takes GONGKAI_STORAGE_DIR, relative to the project or absolute", () => {
    expect(storageConfigFromEnv({ GONGKAI_STORAGE_DIR: "files" }, "/srv/gongkai")).toMatchObject({
      directory: "/srv/gongkai/files",
    });
    expect(storageConfigFromEnv({ GONGKAI_STORAGE_DIR: "/var/lib/gongkai" }, "/srv/gongkai")).toMatchObject({
      directory: "/var/lib/gongkai",
    });
  });

  it("reads the S3 settings and names what is missing", () => {
    const env = {
      GONGKAI_STORAGE: "s3",
      GONGKAI_S3_ENDPOINT: "http://minio:9000/",
      GONGKAI_S3_BUCKET: "gongkai",
      GONGKAI_S3_ACCESS_KEY_ID: "id",
      GONGKAI_S3_SECRET_ACCESS_KEY: "secret",
      GONGKAI_S3_FORCE_PATH_STYLE: "1",
    };
    expect(storageConfigFromEnv(env)).toEqual({
      backend: "s3",
      endpoint: "http://minio:9000",
      bucket: "gongkai",
      region: "us-east-1",
      accessKeyId: "id",
      secretAccessKey: "secret",
      forcePathStyle: true,
    });
    expect(() => storageConfigFromEnv({ ...env, GONGKAI_S3_BUCKET: "" })).toThrow(/GONGKAI_S3_BUCKET is required/);
    expect(() => storageConfigFromEnv({ ...env, GONGKAI_S3_FORCE_PATH_STYLE: "maybe" })).toThrow(
      /GONGKAI_S3_FORCE_PATH_STYLE/,
    );
    expect(() => storageConfigFromEnv({ GONGKAI_STORAGE: "ftp" })).toThrow(/GONGKAI_STORAGE/);
  });
});
