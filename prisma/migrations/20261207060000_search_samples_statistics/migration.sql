-- Hand-written (decision 026). Statistics on the samples' expressions (lib/catalog/search.ts,
-- samples), so that the planner knows a quarter and a sixteenth of the products are in them. Without
-- them it takes each for one in 200 (its guess for an expression it has no figures for), expects
-- two rows from a sample's index, and joins each of the 1,001 rows a facet count reads to its UMKM
-- by a lookup of its own: 5.7 ms for "sambal" from the quarter at 100,000 products, 3.5 with a hash
-- join. Built by ANALYZE (autovacuum, or the seed's).
CREATE STATISTICS IF NOT EXISTS "Product_search_samples_stat"
  ON ((hashtext(id) & 3)), ((hashtext(id) & 15)) FROM "Product";

ANALYZE "Product";
