// Staff downloads of applicants' personal data (request files such as ID scans, reply files, reply letters) are
// audited, one event per download, so that an agency can answer who looked at a citizen's papers.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "./record-audit";
import type { AuditEventType, AuditPayload } from "./events";

type DownloadEvent = "request.file_downloaded" | "request.reply_file_downloaded" | "request.reply_pdf_downloaded";

export async function recordDownload<T extends DownloadEvent>(options: {
  type: T;
  user: CurrentUser;
  clientIp: string;
  request: { id: string; agencyId: string };
  payload: AuditPayload<T & AuditEventType>;
}) {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      type: options.type,
      actor: { id: options.user.id, label: options.user.name, clientIp: options.clientIp },
      agencyId: options.request.agencyId,
      entity: { type: "request", id: options.request.id },
      payload: options.payload,
    }),
  );
}
