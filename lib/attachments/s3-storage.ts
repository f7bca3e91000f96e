// Attachments in an S3-compatible bucket (MinIO, Ceph, 阿里云 OSS, 华为云 OBS, 腾讯云 COS, AWS S3), so that
// several app instances share them. Requests are signed with AWS Signature V4 by aws4fetch over the
// built-in fetch: a few kilobytes instead of the AWS SDK, and nothing fetched at run time but the bucket.
import { AwsClient } from "aws4fetch";
import { notFound } from "@/lib/errors/app-error";
import type { S3StorageConfig } from "./config";
import type { AttachmentStorage } from "./storage";
import { assertKeyMatches, objectPathFor } from "./storage-keys";

/** Time for one whole operation, retries included: enough for the largest attachment on a slow intranet link. */
const REQUEST_TIMEOUT_MS = 120_000;

export class S3AttachmentStorage implements AttachmentStorage {
  private readonly client: AwsClient;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      service: "s3",
      region: config.region,
      // aws4fetch retries 5xx and 429 with backoff; its default of 10 tries would hold a request for long.
      retries: 2,
    });
  }

  /** The object's URL: path style (endpoint/bucket/key, MinIO) or virtual-hosted (bucket.endpoint/key, AWS, OSS, COS). */
  urlOf(key: string): string {
    const url = new URL(this.config.endpoint);
    const base = url.pathname.replace(/\/+$/, "");
    if (this.config.forcePathStyle) {
      url.pathname = `${base}/${encodeURIComponent(this.config.bucket)}/${objectPathFor(key)}`;
    } else {
      url.hostname = `${this.config.bucket}.${url.hostname}`;
      url.pathname = `${base}/${objectPathFor(key)}`;
    }
    return url.toString();
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertKeyMatches(key, bytes);
    if (await this.exists(key)) return; // same key, same bytes: stored once
    // The key is the payload's SHA-256, so it doubles as the signed payload hash: the store rejects
    // the upload if the bytes arrive changed, and the signer need not hash 50 MiB a second time.
    const response = await this.request("PUT", key, {
      body: bytes,
      headers: { "Content-Type": contentType, "Content-Length": String(bytes.byteLength), "X-Amz-Content-Sha256": key },
    });
    if (!response.ok) throw await s3Error("PUT", key, response);
    await response.body?.cancel();
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.request("GET", key);
    if (response.status === 404) {
      await response.body?.cancel();
      throw notFound();
    }
    if (!response.ok) throw await s3Error("GET", key, response);
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.request("DELETE", key);
    if (!response.ok && response.status !== 404) throw await s3Error("DELETE", key, response);
    await response.body?.cancel();
  }

  async exists(key: string): Promise<boolean> {
    // AWS answers 403, not 404, for a missing object when the credentials lack s3:ListBucket; that
    // is reported as an error rather than guessed to mean "missing".
    const response = await this.request("HEAD", key);
    await response.body?.cancel();
    if (response.status === 404) return false;
    if (!response.ok) throw await s3Error("HEAD", key, response);
    return true;
  }

  private request(method: string, key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    return this.client.fetch(this.urlOf(key), {
      method,
      headers: init.headers,
      // Node's Buffers sit on plain ArrayBuffers, which is what fetch accepts.
      body: init.body as Uint8Array<ArrayBuffer> | undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  }
}

async function s3Error(method: string, key: string, response: Response): Promise<Error> {
  const body = method === "HEAD" ? "" : await response.text().catch(() => "");
  // S3 errors are XML: <Error><Code>NoSuchBucket</Code><Message>…</Message></Error>.
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  return new Error(`S3 ${method} of attachment ${key} failed: HTTP ${response.status}${code ? ` ${code}` : ""}`);
}
