-- Hand-written (decision 027). The whole catalog's text index holds the category and the UMKM
-- beside the words, as the samples' indexes do (btree_gin, and the UMKM's id as a one-element array
-- for GIN's overlap, &&): a word in one category or kecamatan is read from it alone. Read from the
-- text-only index and the category's btree, both bitmaps were built whole and intersected:
-- "lemang" in Fashion & Ulos at a million products, 72,560 and 213,649 entries, 31 ms, for none.
-- From this index: 3 ms. Replaces "Product_searchVector_idx" (schema.prisma says so in a comment:
-- Prisma cannot declare an index on an expression).
CREATE INDEX "Product_searchVector_filters_idx" ON "Product"
  USING GIN ("searchVector", "categoryId", (ARRAY["msmeId"]));

DROP INDEX IF EXISTS "Product_searchVector_idx";
