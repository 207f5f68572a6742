-- Hand-written (decision 027). A text index whose keys are each product's words paired with its
-- price band: 'nasi~226' for a product holding "nasi" priced between 1.05^226 and 1.05^227 rupiah.
-- A search sorted by price asks it for a word in a range of bands, one posting list per band, and
-- reads the rows of that range only. From the plain text index, a common word's matches in a
-- price range were every match's row read (76,890 for "nasi" at a million products, 170 ms) to
-- keep the 147 in the range. search_price_band and search_price_tokens are the expressions
-- lib/catalog/search.ts (priceBandsPage) asks with. Like the samples' indexes it holds the category
-- and the UMKM (btree_gin), so that a word in one category or kecamatan is asked of it alone.
-- Bodies are SQL-standard RETURN clauses without semicolons: the adapter that applies migrations
-- here splits scripts at every semicolon.
CREATE FUNCTION search_price_band(price integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN floor(ln(greatest(price, 1)) / ln(1.05))::integer;

CREATE FUNCTION search_price_tokens(vector tsvector, price integer) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_tsvector(ARRAY(
    SELECT lexeme || '~' || public.search_price_band(price) FROM unnest(tsvector_to_array(vector)) AS lexeme
  ));

CREATE INDEX "Product_search_price_tokens_idx" ON "Product"
  USING GIN (search_price_tokens("searchVector", "priceIdr"), "categoryId", (ARRAY["msmeId"]));
