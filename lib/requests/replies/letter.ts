// The reply letter (答复书 / 告知书): an agency's template for the outcome (or the default below) with its
// placeholders filled in, always ending with the remedies (行政复议 within 60 days, 行政诉讼 within 6 months).
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { db } from "@/lib/db";
import { REPLY_RULES, replyTitle, type ReplyOutcome } from "./legal-grounds";

/** 救济途径: every letter ends with it (DOMAIN §3), whatever the template or the drafter wrote. */
export const REMEDIES_SENTENCE =
  "如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。";

/** The placeholders a template may use, in the order the template editor lists them. */
export const PLACEHOLDERS = [
  "{申请人}",
  "{收到日期}",
  "{申请内容}",
  "{查询码}",
  "{机关名称}",
  "{答复日期}",
  "{法律依据}",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type LetterValues = Record<Placeholder, string>;

/** The default template body of an outcome (what an agency starts from). */
export function defaultTemplateBody(outcome: ReplyOutcome): string {
  return [
    "{申请人}：",
    "本机关于{收到日期}收到您提出的政府信息公开申请（查询码：{查询码}），您申请公开的信息为：“{申请内容}”。",
    REPLY_RULES[outcome].decision,
    "特此告知。",
  ].join("\n\n");
}

/** 2026-11-30 → 2026年11月30日, as dates are written in official letters. */
export function chineseDate(date: CalendarDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Replaces every placeholder; Markdown typed by the applicant (their description) is shown as text. */
export function fillTemplate(body: string, values: LetterValues): string {
  let result = body;
  for (const placeholder of PLACEHOLDERS) result = result.split(placeholder).join(values[placeholder]);
  return result;
}

/** The letter with the remedies sentence as its last paragraph (added when missing, never twice). */
export function withRemedies(markdown: string): string {
  const body = markdown.replace(/\s+$/u, "");
  if (body.endsWith(REMEDIES_SENTENCE)) return body;
  return body ? `${body}\n\n${REMEDIES_SENTENCE}` : REMEDIES_SENTENCE;
}

/** Text from the applicant goes into Markdown: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, " ");
}

/** The agency's template for the outcome, or the default one. */
export async function templateFor(
  agencyId: string,
  outcome: ReplyOutcome,
): Promise<{ title: string; body: string; custom: boolean }> {
  const stored = await db.replyTemplate.findUnique({
    where: { agencyId_outcome: { agencyId, outcome } },
    select: { title: true, body: true },
  });
  return stored
    ? { ...stored, custom: true }
    : { title: replyTitle(outcome), body: defaultTemplateBody(outcome), custom: false };
}

type LetterRequest = {
  applicantName: string;
  receivedOn: Date;
  description: string;
  trackingCode: string;
  agency: { name: string };
};

export function letterValues(request: LetterRequest, legalGround: string, replyDate: CalendarDate): LetterValues {
  return {
    "{申请人}": escapeMarkdown(request.applicantName),
    "{收到日期}": chineseDate(fromDbDate(request.receivedOn)),
    "{申请内容}": escapeMarkdown(request.description),
    "{查询码}": request.trackingCode,
    "{机关名称}": escapeMarkdown(request.agency.name),
    "{答复日期}": chineseDate(replyDate),
    "{法律依据}": legalGround,
  };
}

/** The letter of a reply as generated from the agency's template ("按模板重新生成"). */
export async function generateLetter(
  request: LetterRequest & { agencyId: string },
  outcome: ReplyOutcome,
  legalGround: string,
  replyDate: CalendarDate,
): Promise<string> {
  const template = await templateFor(request.agencyId, outcome);
  return withRemedies(fillTemplate(template.body, letterValues(request, legalGround, replyDate)));
}

/** The letter as plain paragraphs (for e-mail and PDF): block ends become line breaks, markup goes. */
export function letterParagraphs(letterHtml: string): string[] {
  const text = letterHtml
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|tr|table|ul|ol)>/gi, "\n\n")
    .replace(/<li[^>]*>/gi, "· ")
    .replace(/<\/t[dh]>/gi, "　")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
}
