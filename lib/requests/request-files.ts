// Files that belong to an information request: the applicant's own attachments (e.g. an ID scan) sent
// with the online form, and — reused by staff registration — the scan of a paper request. Every file goes
// through the one attachment intake (checked by content, stored by content address); the rows are written
// in the caller's transaction, so a request and its files are stored together or not at all.
import { db, type Tx } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { attachmentMaxBytes, attachmentMaxMb } from "@/lib/attachments/config";
import { ingestAttachment, validateAttachment, type IngestedAttachment } from "@/lib/attachments/ingest-attachment";
import type { AttachmentStorage } from "@/lib/attachments/storage";
import { AppError, isAppError, notFound, type FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsFromZod } from "@/lib/forms/validation";
import type { RequestFileKind } from "@/lib/generated/prisma/enums";
import { createRequest } from "./create-request";
import { requestScopeWhere } from "./queries";
import { ZOnlineRequest } from "./schemas";
import { CHALLENGE_FIELD, checkSolution, consumeSolution } from "./submission-challenge";
import { enforceSubmissionLimit } from "./submission-limit";

/** An upload as it arrives from a form or the API. */
export type UploadedFile = { bytes: Buffer; fileName: string };

/**
 * At most 5 files per submission, together no larger than the attachment size limit
 * (GONGKAI_ATTACHMENT_MAX_MB): the server-action body limit in next.config.ts is that size plus overhead,
 * so a larger total could not arrive anyway — better to say so in words.
 */
export const REQUEST_FILE_LIMITS = { maxFiles: 5 } as const;

// Message keys of the refusals below (validation.* / requestPortal.fileErrors.*), on the field `files`.
const TOO_MANY = "attachmentsTooMany";
const TOO_LARGE_TOGETHER = "attachmentsTooLargeTogether";

/**
 * Checks a set of uploads without storing anything: the count, their total size and each file (not empty,
 * within the size limit, an accepted type judged by its content — a renamed web page is refused).
 * Returns the field errors (field `files`) and their params, or null when all is well.
 */
export function checkRequestFiles(
  files: readonly UploadedFile[],
): { fieldErrors: FieldErrors; params: Record<string, string | number> } | null {
  if (files.length > REQUEST_FILE_LIMITS.maxFiles) {
    return { fieldErrors: { files: [TOO_MANY] }, params: { max: REQUEST_FILE_LIMITS.maxFiles, count: files.length } };
  }
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > attachmentMaxBytes())
    return { fieldErrors: { files: [TOO_LARGE_TOGETHER] }, params: { maxMb: attachmentMaxMb() } };
  for (const file of files) {
    try {
      validateAttachment(file);
    } catch (error) {
      if (!isAppError(error) || !error.fieldErrors?.file) throw error;
      return { fieldErrors: { files: error.fieldErrors.file }, params: { ...error.params } };
    }
  }
  return null;
}

/** Throws AppError VALIDATION (field `files`) when `checkRequestFiles` refuses the uploads. */
export function assertRequestFiles(files: readonly UploadedFile[]) {
  const refusal = checkRequestFiles(files);
  if (refusal) throw new AppError("VALIDATION", refusal);
}

/** Checks and stores the uploads (before any transaction: an unreferenced stored file is harmless). */
export async function ingestRequestFiles(
  files: readonly UploadedFile[],
  options: { storage?: AttachmentStorage } = {},
): Promise<IngestedAttachment[]> {
  assertRequestFiles(files);
  const stored: IngestedAttachment[] = [];
  for (const file of files) stored.push(await ingestAttachment(file, options));
  return stored;
}

/** Writes the rows of already ingested files of a request, inside the caller's transaction. */
export async function addRequestFiles(
  tx: Tx,
  requestId: string,
  kind: RequestFileKind,
  files: readonly IngestedAttachment[],
  options: { replyId?: string } = {},
) {
  if (files.length === 0) return [];
  return tx.requestFile.createManyAndReturn({
    data: files.map((f) => ({
      requestId,
      replyId: options.replyId ?? null,
      kind,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      storageKey: f.storageKey,
      text: f.text,
    })),
    select: {
      id: true,
      fileName: true,
      kind: true,
      size: true,
      contentType: true,
      sha256: true,
      replyId: true,
      createdAt: true,
    },
  });
}

/**
 * 网络申请 with attachments: the same steps as submitOnlineRequest (lib/requests/submit-online-request.ts),
 * with the applicant's files (RequestFile kind APPLICANT_UPLOAD) written in the request's own transaction.
 * Field errors of the form and of the files are reported together, so one refusal shows all of them.
 * Anonymous, so limited per client address (lib/requests/submission-limit.ts: THROTTLED); the portal's form
 * also sends a proof-of-work solution (`challenge`, lib/requests/submission-challenge.ts), refused next to
 * its field when missing, forged, expired or already used. The public API sends none (exempt).
 */
export async function submitOnlineRequestWithFiles(options: {
  input: unknown;
  files: readonly UploadedFile[];
  clientIp?: string;
  now?: Date;
  storage?: AttachmentStorage;
  challenge?: { payload: unknown };
}) {
  const now = options.now ?? new Date();
  // Callers without an address (none on the web: clientIpFromHeaders always answers) share one count.
  const clientIp = options.clientIp ?? "unknown";
  await enforceSubmissionLimit({ clientIp, now });
  const parsed = ZOnlineRequest.safeParse(options.input);
  const fileRefusal = checkRequestFiles(options.files);
  const solution = options.challenge ? checkSolution(options.challenge.payload, now) : null;
  const challengeRefusal = solution && "refusal" in solution ? solution.refusal : null;
  if (!parsed.success || fileRefusal || challengeRefusal) {
    const fieldErrors = {
      ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)),
      ...fileRefusal?.fieldErrors,
      ...(challengeRefusal ? { [CHALLENGE_FIELD]: [challengeRefusal] } : {}),
    };
    throw new AppError("VALIDATION", { fieldErrors, params: fileRefusal?.params });
  }
  const { agencyId, ...applicant } = parsed.data;
  const agency = await db.agency.findFirst({ where: { id: agencyId, active: true }, select: { id: true, name: true } });
  if (!agency) throw notFound();
  const stored = await ingestRequestFiles(options.files, { storage: options.storage });
  const calendar = await loadWorkingCalendar();
  return db.$transaction(async (tx) => {
    // Again under the address's lock, counting this one: parallel submissions cannot pass the limit together.
    await enforceSubmissionLimit({ tx, clientIp, now, record: true });
    if (solution && !("refusal" in solution)) await consumeSolution(tx, solution, now);
    const request = await createRequest(
      tx,
      {
        applicant,
        agencyId,
        channel: "ONLINE",
        receiptBasis: "CONFIRMED",
        receivedOn: chinaToday(options.now),
        registeredById: null,
        actor: { id: null, label: "申请人", clientIp: options.clientIp ?? null },
        now: options.now,
      },
      calendar,
    );
    const files = await addRequestFiles(tx, request.id, "APPLICANT_UPLOAD", stored);
    return { ...request, agencyName: agency.name, files };
  });
}

/**
 * Staff add the applicant's documents to a request already registered (e.g. an ID copy or a 补正 handed in
 * later, RequestFile kind SCAN): a 经办人 of the request's agency, with the same checks as at registration
 * (at most 5 files a time, together within the size limit, each checked by its content). Another agency's
 * request is 404. Audited as request.file_added, one event per file.
 */
export async function addRequestDocuments(options: {
  actor: CurrentUser;
  requestId: string;
  files: readonly UploadedFile[];
  storage?: AttachmentStorage;
}) {
  const { actor } = options;
  if (!isUuid(options.requestId)) throw notFound();
  const request = await db.infoRequest.findFirst({
    where: { id: options.requestId, ...requestScopeWhere(actor) },
    select: { id: true, agencyId: true },
  });
  if (!request) throw notFound();
  requirePermission(actor, "request.handle", request.agencyId);
  if (options.files.length === 0) throw new AppError("VALIDATION", { fieldErrors: { files: ["attachmentEmpty"] } });
  const stored = await ingestRequestFiles(options.files, { storage: options.storage });
  return db.$transaction(async (tx) => {
    const rows = await addRequestFiles(tx, request.id, "SCAN", stored);
    for (const row of rows)
      await recordAudit(tx, {
        type: "request.file_added",
        actor: { id: actor.id, label: actor.name },
        agencyId: request.agencyId,
        entity: { type: "request", id: request.id },
        payload: { kind: row.kind, fileName: row.fileName },
      });
    return rows;
  });
}
