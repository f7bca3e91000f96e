// Attachments in a local folder (GONGKAI_STORAGE_DIR, default .data/attachments): fine for one app
// instance; several instances need a shared store (S3-compatible) instead.
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { notFound } from "@/lib/errors/app-error";
import type { AttachmentStorage } from "./storage";
import { assertKeyMatches, objectPathFor } from "./storage-keys";

const isErrno = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

export class LocalAttachmentStorage implements AttachmentStorage {
  constructor(readonly directory: string) {}

  /** Absolute path of a key's file. */
  pathOf(key: string): string {
    return path.join(this.directory, ...objectPathFor(key).split("/"));
  }

  /** The content type is not kept on disk: the Attachment row holds it. */
  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    assertKeyMatches(key, bytes);
    const target = this.pathOf(key);
    if (await this.exists(key)) return; // same key, same bytes: stored once
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside the target, flush, then rename: a reader sees the whole file or none, never half of
    // one, even if the process dies mid-write. A crash can leave a ".tmp" file behind, never a bad key.
    const temp = path.join(path.dirname(target), `.${key}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Two uploads of the same file may race here; both renames put identical bytes in place.
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isErrno(error, "ENOENT")) throw notFound();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isErrno(error, "ENOENT")) return false;
      throw error;
    }
  }
}
