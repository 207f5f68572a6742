-- Hand-written (decision 026). The sample's text index also holds each product's UMKM, as a
-- one-element array (GIN's overlap operator, &&, is how a search in one kecamatan asks for its
-- UMKM: = ANY is no GIN condition), so that a search in one kecamatan reads the sample's matches
-- there from the index alone. It replaces the index of 20261207050000_search_sample_category. A
-- second sample, a quarter of the products (the sixteenth is inside it), gets the same index: the
-- searches whose matches are too few for the sixteenth read a quarter of the posting lists instead
-- of all of them. The predicates are the ones in lib/catalog/search.ts (samples).
DROP INDEX IF EXISTS "Product_searchVector_categoryId_sample_idx";

CREATE INDEX "Product_searchVector_filters_sample_idx" ON "Product"
  USING GIN ("searchVector", "categoryId", (ARRAY["msmeId"]))
  WHERE (hashtext(id) & 15) = 0;

CREATE INDEX "Product_searchVector_filters_quarter_idx" ON "Product"
  USING GIN ("searchVector", "categoryId", (ARRAY["msmeId"]))
  WHERE (hashtext(id) & 3) = 0;
