-- Hand-written (no schema change): the search tokeniser counted ideographs in the Basic Multilingual Plane only,
-- so every character of Extensions B–I (rare name characters, 生僻字: 𬌗 U+2C317, 𠮷 U+20BB7, 𪚥, 𰻞…) only
-- separated words, and "王𬌗明" was indexed as 王, 明. Now, as in lib/search/tokenize.ts:
--   - ideographs are Extension A, the unified block, the compatibility block (NFKC keeps a dozen, e.g. 﨑) and
--     planes 2 and 3, which Unicode reserves for ideographs (regular-expression classes here are by code point);
--   - variation selectors (VS1–16, and VS17–256 of ideographic variation sequences, e.g. 𠮷 + U+E0100) are
--     dropped first: they choose a glyph, not a character, so a name typed with or without one is found alike.
CREATE OR REPLACE FUNCTION search_tokens(source text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT regexp_replace(                                     -- 5. pairs: "abbcc" → "ab bc c"
           regexp_replace(                                   -- 4. drop the first char of each run: " aabbcc" → " abbcc"
             regexp_replace(                                 -- 3. double every ideograph: "abc" → "aabbcc"
               regexp_replace(                               -- 2. a space before and after each CJK run
                 regexp_replace(                             -- 1. anything else separates
                   regexp_replace(lower(normalize(coalesce(source, ''), NFKC)), -- 0. variation selectors out
                                  '[\uFE00-\uFE0F\U000E0100-\U000E01EF]+', '', 'g'),
                   '[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003FFFF]+', ' ', 'g'),
                 '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003FFFF]+)', ' \1 ', 'g'),
               '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003FFFF])', '\1\1', 'g'),
             ' [\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003FFFF]', ' ', 'g'),
           '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003FFFF]{2})', '\1 ', 'g')
$fn$;

-- The public items already indexed: again, with the characters they lost.
SELECT search_document_refresh(ARRAY(SELECT item_id FROM search_document));
