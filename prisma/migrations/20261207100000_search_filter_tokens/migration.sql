-- Hand-written (decision 028). A text index whose keys are each product's words paired with its
-- category and with its UMKM: 'ulos~c<categoryId>' and 'ulos~m<msmeId>'. A search in one category
-- or kecamatan asks it for the words with that suffix, whose posting lists hold only the matches
-- in the filter. From the text index with the category and the UMKM beside the words (migration
-- 20261207090000_search_index_filters), GIN walked the word's and the filter's whole posting lists
-- to intersect them: "ulos" in one kecamatan at a million products, 64,507 and about 36,000
-- entries, 11 ms, for none. search_filter_tokens is the expression lib/catalog/search.ts
-- (filterTokens) asks with. Bodies are SQL-standard RETURN clauses without semicolons: the adapter
-- that applies migrations here splits scripts at every semicolon.
CREATE FUNCTION search_filter_tokens(vector tsvector, category text, msme text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_tsvector(ARRAY(
    SELECT lexeme || suffix
    FROM unnest(tsvector_to_array(vector)) AS lexeme,
      unnest(ARRAY['~c' || category, '~m' || msme]) AS suffix
  ));

CREATE INDEX "Product_search_filter_tokens_idx" ON "Product"
  USING GIN (search_filter_tokens("searchVector", "categoryId", "msmeId"));
