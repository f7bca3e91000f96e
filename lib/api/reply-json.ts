// A reply (答复书 / 告知书) as the console API returns it.
const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);

type Reply = {
  id: string;
  requestId: string;
  status: string;
  outcome: string;
  legalGround: string;
  letterMarkdown: string;
  letterNumber: string | null;
  delivery: string | null;
  deliveryDetail: string;
  notHeldVariant: string | null;
  otherAgencyName: string;
  otherAgencyContact: string;
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
    /** 文号, assigned when a leader approves the letter. */
    letterNumber: r.letterNumber,
    /** 予以公开 / 部分公开: FILES | PICKUP | POST | PUBLISHED, and where/when; null for other outcomes. */
    delivery: r.delivery,
    deliveryDetail: r.deliveryDetail,
    /** 本机关不掌握: NOT_EXIST (36 (四)) | OTHER_AGENCY (36 (五)), with that agency and its contact. */
    notHeldVariant: r.notHeldVariant,
    otherAgencyName: r.otherAgencyName,
    otherAgencyContact: r.otherAgencyContact,
    drafterId: r.drafterId,
    submittedAt: instant(r.submittedAt),
    approvedAt: instant(r.approvedAt),
    approvedById: r.approvedById,
    returnComment: r.returnComment,
    sentOn: r.sentOn ? r.sentOn.toISOString().slice(0, 10) : null,
    createdAt: instant(r.createdAt),
  };
}
