// The e-mails applicants receive. Plain text, in Chinese: the official language of the procedure.
// They carry the tracking code but never the applicant's personal data beyond what they gave.
import type { CalendarDate } from "@/lib/calendar/calendar-date";

const SIGNATURE = "\n\n（本邮件由系统自动发送，请勿直接回复。）";
const trackingHint = (trackingCode: string) =>
  `查询码：${trackingCode}\n查询办理进度时，请同时输入您申请时所留电话号码的后4位。`;

export function receiptEmail(p: {
  agencyName: string;
  trackingCode: string;
  receivedOn: CalendarDate;
  dueOn: CalendarDate | null;
  provisional: boolean;
}) {
  const due = p.dueOn
    ? `\n依照《中华人民共和国政府信息公开条例》第三十三条，我机关将在 ${p.dueOn}${p.provisional ? "（暂定，所涉年份节假日安排尚未公布）" : ""} 前答复（需要补正、征求意见或依法延期的除外）。`
    : "";
  return {
    subject: `【${p.agencyName}】已收到您的政府信息公开申请`,
    text: `您好：\n\n${p.agencyName}已于 ${p.receivedOn} 收到您的政府信息公开申请。${due}\n\n${trackingHint(p.trackingCode)}${SIGNATURE}`,
  };
}

export function stepEmail(p: { agencyName: string; trackingCode: string; subject: string; body: string }) {
  return {
    subject: `【${p.agencyName}】${p.subject}`,
    text: `您好：\n\n${p.body}\n\n${trackingHint(p.trackingCode)}${SIGNATURE}`,
  };
}
