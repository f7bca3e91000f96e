// The staff API's view of a 行政复议 / 行政诉讼 (with or without a request).
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import type { AppealKind, AppealResult, AppealSubject } from "@/lib/generated/prisma/enums";

export type AppealJson = {
  id: string;
  agencyId: string;
  subject: AppealSubject;
  request: { id: string; trackingCode: string } | null;
  summary: string;
  kind: AppealKind;
  filedOn: CalendarDate;
  body: string;
  result: AppealResult;
  concludedOn: CalendarDate | null;
  note: string;
};

type Row = {
  id: string;
  agencyId: string;
  subject: AppealSubject;
  summary: string;
  kind: AppealKind;
  filedOn: Date;
  body: string;
  result: AppealResult;
  concludedOn: Date | null;
  note: string;
  request?: { id: string; trackingCode: string } | null;
};

export function appealJson(a: Row): AppealJson {
  return {
    id: a.id,
    agencyId: a.agencyId,
    subject: a.subject,
    request: a.request ? { id: a.request.id, trackingCode: a.request.trackingCode } : null,
    summary: a.summary,
    kind: a.kind,
    filedOn: fromDbDate(a.filedOn),
    body: a.body,
    result: a.result,
    concludedOn: a.concludedOn ? fromDbDate(a.concludedOn) : null,
    note: a.note,
  };
}
