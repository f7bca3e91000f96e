// Attachment settings, all from the environment (see README, Configuration). A wrong value stops with a
// message naming the variable, rather than silently falling back to a default.
import path from "node:path";

export const DEFAULT_MAX_MB = 50;
export const DEFAULT_STORAGE_DIR = path.join(".data", "attachments");

type Env = Record<string, string | undefined>;

/** GONGKAI_ATTACHMENT_MAX_MB (MiB, default 50), read on every call so a change needs no restart of tests. */
export function attachmentMaxMb(env: Env = process.env): number {
  const raw = env.GONGKAI_ATTACHMENT_MAX_MB?.trim();
  if (!raw) return DEFAULT_MAX_MB;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`GONGKAI_ATTACHMENT_MAX_MB must be a positive number of MiB, got "${raw}"`);
  }
  return value;
}

export const attachmentMaxBytes = (env: Env = process.env) => Math.floor(attachmentMaxMb(env) * 1024 * 1024);

export type LocalStorageConfig = { backend: "local"; directory: string };
export type S3StorageConfig = {
  backend: "s3";
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};
export type StorageConfig = LocalStorageConfig | S3StorageConfig;

/** GONGKAI_STORAGE (`local`, the default, or `s3`) and the settings of that backend. */
export function storageConfigFromEnv(env: Env = process.env, projectRoot = process.cwd()): StorageConfig {
  const backend = (env.GONGKAI_STORAGE?.trim() || "local").toLowerCase();
  if (backend === "local") {
    const directory = env.GONGKAI_STORAGE_DIR?.trim() || DEFAULT_STORAGE_DIR;
    return { backend, directory: path.resolve(projectRoot, directory) };
  }
  if (backend === "s3") {
    const required = (name: string) => {
      const value = env[name]?.trim();
      if (!value) throw new Error(`${name} is required when GONGKAI_STORAGE=s3`);
      return value;
    };
    const endpoint = required("GONGKAI_S3_ENDPOINT");
    if (!/^https?:\/\//i.test(endpoint))
      throw new Error(`GONGKAI_S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
    return {
      backend,
      endpoint: endpoint.replace(/\/+$/, ""),
      bucket: required("GONGKAI_S3_BUCKET"),
      region: env.GONGKAI_S3_REGION?.trim() || "us-east-1",
      accessKeyId: required("GONGKAI_S3_ACCESS_KEY_ID"),
      secretAccessKey: required("GONGKAI_S3_SECRET_ACCESS_KEY"),
      forcePathStyle: parseBoolean("GONGKAI_S3_FORCE_PATH_STYLE", env.GONGKAI_S3_FORCE_PATH_STYLE, false),
    };
  }
  throw new Error(`GONGKAI_STORAGE must be "local" or "s3", got "${env.GONGKAI_STORAGE}"`);
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return fallback;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
}

export const DEFAULT_EXTRACT_SECONDS = 30;
export const DEFAULT_EXTRACT_MAX_MB = 256;

function positiveNumber(name: string, raw: string | undefined, fallback: number): number {
  const value = raw?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return number;
}

/**
 * Bounds on reading one file's text (README, "Attachment text"): GONGKAI_EXTRACT_SECONDS (default 30) before
 * the extraction worker is stopped, GONGKAI_EXTRACT_MAX_MB (MiB, default 256) that a ZIP package may expand to.
 */
export function extractLimits(env: Env = process.env): { milliseconds: number; expandBytes: number } {
  return {
    milliseconds: Math.ceil(
      positiveNumber("GONGKAI_EXTRACT_SECONDS", env.GONGKAI_EXTRACT_SECONDS, DEFAULT_EXTRACT_SECONDS) * 1000,
    ),
    expandBytes: Math.floor(
      positiveNumber("GONGKAI_EXTRACT_MAX_MB", env.GONGKAI_EXTRACT_MAX_MB, DEFAULT_EXTRACT_MAX_MB) * 1024 * 1024,
    ),
  };
}
