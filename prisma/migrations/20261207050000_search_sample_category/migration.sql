-- Hand-written (decision 026). The sample's text index also holds each product's category, so
-- that a search in one category reads the sample's matches in that category from the index alone
-- (btree_gin gives GIN its equality on text). A separate btree on the category, beside the old
-- index, made the planner pair it with the whole catalog's text index instead. The predicate is
-- the one in lib/catalog/search.ts (inSample).
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX IF EXISTS "Product_searchVector_sample_idx";

CREATE INDEX "Product_searchVector_categoryId_sample_idx" ON "Product" USING GIN ("searchVector", "categoryId")
  WHERE (hashtext(id) & 15) = 0;
