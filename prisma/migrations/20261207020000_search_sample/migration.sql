-- Hand-written (decision 025). A sixteenth of the products, chosen by a hash of the id, gets a text
-- index of its own: relevance candidates and facet counts for a common word are read from it (a
-- sixteenth of the posting lists) when it holds enough matches. Partial indexes are not in
-- schema.prisma: the migrations are diffed datamodel to datamodel (scripts/lib/migrate.ts), so
-- none is dropped. hashtext is immutable, and the expression is the one in lib/catalog/search.ts.
CREATE INDEX "Product_searchVector_sample_idx" ON "Product" USING GIN ("searchVector")
  WHERE (hashtext(id) & 15) = 0;
