// Staff register a request received 当面, by 信函, 传真, 电子邮件 or otherwise, with the receipt date that
// 条例 art. 31 gives for that channel (the form asks what decides it), and the scan of the paper request:
// the request and its scans are stored together or not at all.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { loadWorkingCalendar } from "@/lib/calendar/load-working-calendar";
import { AppError, notFound } from "@/lib/errors/app-error";
import { fieldErrorsFromZod } from "@/lib/forms/validation";
import { createRequest } from "./create-request";
import { addRequestFiles, checkRequestFiles, ingestRequestFiles, type UploadedFile } from "./request-files";
import { ZStaffRegistration } from "./schemas";

export async function registerRequest(options: {
  actor: CurrentUser;
  input: unknown;
  scans?: readonly UploadedFile[];
  /** "Today" for the receipt date (China time); tests inject it. */
  now?: Date;
}) {
  const { actor } = options;
  const scans = options.scans ?? [];
  // The form and the scans are refused together, so one round trip shows every problem.
  const parsed = ZStaffRegistration.safeParse(options.input);
  const fileRefusal = checkRequestFiles(scans);
  if (!parsed.success || fileRefusal) {
    throw new AppError("VALIDATION", {
      fieldErrors: { ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)), ...fileRefusal?.fieldErrors },
      params: fileRefusal?.params,
    });
  }
  const input = parsed.data;
  if (!can(actor, "request.read", input.agencyId)) throw notFound();
  requirePermission(actor, "request.register", input.agencyId);
  const { agencyId, channel, receiptBasis, receivedOn, ...applicant } = input;
  const stored = await ingestRequestFiles(scans);
  const calendar = await loadWorkingCalendar();
  return db.$transaction(async (tx) => {
    const request = await createRequest(
      tx,
      {
        applicant,
        agencyId,
        channel,
        receiptBasis,
        receivedOn,
        registeredById: actor.id,
        actor: { id: actor.id, label: actor.name },
        now: options.now,
      },
      calendar,
    );
    // Whoever registers a request handles it until someone reassigns it.
    await tx.infoRequest.update({ where: { id: request.id }, data: { assigneeId: actor.id } });
    await addRequestFiles(tx, request.id, "SCAN", stored);
    return request;
  });
}
