// 重复申请 hint: an earlier request of the same applicant (same ID number) asking for much the same thing.
// Staff see it as a pointer, never as a decision. Similarity: shared character bigrams of the descriptions
// (Chinese has no spaces, so words cannot be split reliably; bigrams need no dictionary).
import type { Tx } from "@/lib/db";

const bigrams = (text: string) => {
  // By code points: 𬌗 is one character, not two UTF-16 halves that would pair with anything.
  const chars = [...text.replace(/[\s\p{P}]/gu, "")];
  const set = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) set.add(chars[i] + chars[i + 1]);
  return set;
};

/** Dice coefficient of the descriptions' bigrams, 0…1. */
export function descriptionSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export const SIMILARITY_THRESHOLD = 0.6;

/** The most similar earlier request of the same applicant to the same agency, if close enough. */
export async function findSimilarRequest(tx: Tx, request: { agencyId: string; idNumber: string; description: string }) {
  const earlier = await tx.infoRequest.findMany({
    where: { agencyId: request.agencyId, idNumber: request.idNumber },
    orderBy: { receivedOn: "desc" },
    take: 50,
    select: { id: true, description: true },
  });
  let best: { id: string; score: number } | null = null;
  for (const candidate of earlier) {
    const score = descriptionSimilarity(candidate.description, request.description);
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { id: candidate.id, score };
  }
  return best;
}
