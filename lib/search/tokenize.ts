// The query side of the search tokeniser. The index side is the SQL function `search_tokens` of the
// search migrations (it runs in the triggers that keep `search_document` in sync); both follow the same
// rules, and tests/integration/search-relevance.test.ts and rare-characters.test.ts check they agree:
//   NFKC, lower case, variation selectors dropped; runs of CJK ideographs → overlapping bigrams plus the
//   run's last character alone ("安全生产" → 安全 全生 生产 产); runs of ASCII letters/digits → one word;
//   anything else separates.
// Why bigrams and not a dictionary segmenter: docs/search.md.

// Ideographs, by code point (never UTF-16 units: 𬌗 U+2C317, a name character, is one ideograph, not two
// separators): Extension A, the unified block, the compatibility block (NFKC maps most of it to unified
// ideographs, a dozen such as 﨑 stay) and planes 2 and 3, which Unicode reserves for ideographs (Extensions
// B–I, 𠮷 𪚥 𬌗 𰻞…, and the compatibility supplement). The same ranges are in the SQL function.
const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}";
// Variation selectors (VS1–16, and VS17–256 of ideographic variation sequences such as 𠮷 U+E0100) choose a
// glyph, not a character: dropped, so 𠮷󠄀野 and 𠮷野 are the same words.
const VARIATION_SELECTORS = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
const SEGMENT = new RegExp(`[${CJK}]+|[a-z0-9]+`, "gu");
const IS_CJK = new RegExp(`^[${CJK}]`, "u");

/** The longest query we accept, in characters (a 文号 or a long title fits easily). */
export const MAX_QUERY_LENGTH = 100;
/** At most this many space-separated terms are ANDed. */
export const MAX_QUERY_TERMS = 8;

export type Segment = { text: string; cjk: boolean };

/** What both the index and the query compare: NFKC, lower case, without variation selectors. */
export const searchFold = (text: string) => text.normalize("NFKC").toLowerCase().replace(VARIATION_SELECTORS, "");

/** The indexable segments of a text: CJK runs and ASCII words, in order. */
export function segments(text: string): Segment[] {
  const normal = searchFold(text);
  return [...normal.matchAll(SEGMENT)].map(([s]) => ({ text: s, cjk: IS_CJK.test(s) }));
}

/** The lexemes the index stores for a text, in position order (mirrors SQL `search_tokens`). */
export function indexTokens(text: string): string[] {
  return segments(text).flatMap(({ text: s, cjk }) => {
    if (!cjk) return [s];
    const chars = [...s];
    return [...chars.slice(0, -1).map((c, i) => c + chars[i + 1]), chars[chars.length - 1]];
  });
}

const quote = (lexeme: string) => `'${lexeme}'`; // lexemes are [a-z0-9] or ideographs only: nothing to escape

/**
 * One space-free term as a tsquery phrase, or null when it holds nothing indexable (e.g. "〔〕").
 * A CJK run of n ≥ 2 characters is the phrase of its bigrams; it spans n positions in a document (n − 1
 * bigrams and the final character), so the next segment follows its last bigram at distance 2. A single
 * character is a prefix query ("安" matches 安全 and a final 安), 1 position wide.
 * So "元商务〔2018〕5号" → '元商' <-> '商务' <2> '2018' <-> '5' <-> '号':*
 */
export function termQuery(term: string): string | null {
  let query = "";
  let gap = 0;
  for (const { text, cjk } of segments(term)) {
    const chars = [...text];
    let part: string;
    let nextGap: number;
    if (!cjk) [part, nextGap] = [quote(text), 1];
    else if (chars.length === 1) [part, nextGap] = [`${quote(text)}:*`, 1];
    else
      [part, nextGap] = [
        chars
          .slice(0, -1)
          .map((c, i) => quote(c + chars[i + 1]))
          .join(" <-> "),
        2,
      ];
    query = query ? `${query} ${gap === 1 ? "<->" : `<${gap}>`} ${part}` : part;
    gap = nextGap;
  }
  return query || null;
}

/**
 * What the GIN index is asked for a term: its lexemes ANDed, without positions, and without its
 * single-character prefixes when it has anything else ("元商务〔2018〕5号" → '元商' & '商务' & '2018' & '5').
 * It finds a superset of the phrase's matches, which the phrase then checks row by row. A prefix ('号':*)
 * makes the index collect every lexeme it begins (号召, 号文… most rows with a 文号: 40 ms a query) and
 * positions make it recheck each candidate; the phrase is checked once, on the rows the others leave.
 */
export function termIndexQuery(term: string): string | null {
  const whole: string[] = [];
  const prefixes: string[] = [];
  for (const { text, cjk } of segments(term)) {
    const chars = [...text];
    if (!cjk) whole.push(quote(text));
    else if (chars.length === 1) prefixes.push(`${quote(text)}:*`);
    else whole.push(...chars.slice(0, -1).map((c, i) => quote(c + chars[i + 1])));
  }
  const lexemes = [...new Set(whole.length ? whole : prefixes)];
  return lexemes.length ? lexemes.join(" & ") : null;
}

export type ParsedQuery =
  | { kind: "empty" }
  | { kind: "tooLong"; max: number }
  | { kind: "invalid" }
  /** tsquery: the exact query (phrases); indexQuery: what the GIN index is asked (see termIndexQuery). */
  | { kind: "ok"; text: string; tsquery: string; indexQuery: string; needles: string[] };

/**
 * A user's query: space-separated terms are ANDed, each term is a phrase (see termQuery). Also returns
 * the needles to highlight (the segments of the query, longest first).
 */
export function parseQuery(raw: string | undefined): ParsedQuery {
  const text = (raw ?? "").replace(/\s+/gu, " ").trim();
  if (!text) return { kind: "empty" };
  if ([...text].length > MAX_QUERY_LENGTH) return { kind: "tooLong", max: MAX_QUERY_LENGTH };
  const indexable = [...new Set(text.split(" "))].filter((t) => termQuery(t) !== null).slice(0, MAX_QUERY_TERMS);
  if (!indexable.length) return { kind: "invalid" };
  const terms = indexable.map((t) => termQuery(t)!);
  const needles = [...new Set(segments(text).map((s) => s.text))].sort((a, b) => b.length - a.length);
  return {
    kind: "ok",
    text,
    needles,
    tsquery: terms.map((t) => (terms.length > 1 ? `(${t})` : t)).join(" & "),
    indexQuery: [...new Set(indexable.flatMap((t) => termIndexQuery(t)!.split(" & ")))].join(" & "),
  };
}
