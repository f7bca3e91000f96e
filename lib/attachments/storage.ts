// Where attachment bytes live. Keys are content addresses (the SHA-256 of the bytes, 64 lower-case hex
// digits), so the same file uploaded twice is stored once and a key never changes meaning. The database
// row (Attachment.storageKey) points here; nothing else does.
//
// `get` returns the whole file as a Buffer rather than a stream: attachments are capped (50 MiB by
// default), PDF text extraction needs all the bytes anyway, and a Buffer keeps both backends and their
// callers simple. Revisit with a ReadableStream if the cap is ever raised far beyond that.
import { storageConfigFromEnv, type StorageConfig } from "./config";
import { LocalAttachmentStorage } from "./local-storage";
import { S3AttachmentStorage } from "./s3-storage";

export { storageKeyFor } from "./storage-keys";

export interface AttachmentStorage {
  /** Stores `bytes` under `key` (their SHA-256). A key already stored is left as it is. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes; throws AppError NOT_FOUND when the key is not stored. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; removing a key that is not stored is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export function createAttachmentStorage(config: StorageConfig): AttachmentStorage {
  return config.backend === "s3" ? new S3AttachmentStorage(config) : new LocalAttachmentStorage(config.directory);
}

let storage: AttachmentStorage | undefined;

/** The storage chosen by GONGKAI_STORAGE, created once per process (a wrong setting throws on first use). */
export function getAttachmentStorage(): AttachmentStorage {
  storage ??= createAttachmentStorage(storageConfigFromEnv());
  return storage;
}
