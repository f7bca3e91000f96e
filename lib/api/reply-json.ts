// A reply (答复书 / 告知书) as the console API returns it.
const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);

type Reply = {
  id: string;
  requestId: string;
  status: string;
  outcome: string;
  legalGround: string;
  letterMarkdown: string;
  drafterId: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedById: string | null;
  returnComment: string | null;
  sentOn: Date | null;
  createdAt: Date;
};

export function replyJson(r: Reply) {
  return {
    id: r.id,
    requestId: r.requestId,
    status: r.status,
    outcome: r.outcome,
    legalGround: r.legalGround,
    letterMarkdown: r.letterMarkdown,
    drafterId: r.drafterId,
    submittedAt: instant(r.submittedAt),
    approvedAt: instant(r.approvedAt),
    approvedById: r.approvedById,
    returnComment: r.returnComment,
    sentOn: r.sentOn ? r.sentOn.toISOString().slice(0, 10) : null,
    createdAt: instant(r.createdAt),
  };
}
