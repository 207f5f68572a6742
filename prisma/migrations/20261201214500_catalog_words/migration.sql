-- Hand-written. The words of the public catalog's product names, for "maksud Anda …?": a query
-- word that finds nothing is corrected to the closest word the catalog uses (pg_trgm), which stays
-- a few thousand rows however many products there are. Refreshed by the catalog.words job
-- (lib/jobs) and after seeding (decision 021). No semicolons in comments: the script is split at them.
-- Names are schema-qualified: PostgreSQL 17 refreshes materialized views with a safe search_path.
CREATE MATERIALIZED VIEW catalog_words AS
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple', public.unaccent(p.name)) FROM public."Product" p JOIN public."Msme" m ON m.id = p."msmeId"
    WHERE p.status = 'PUBLISHED' AND m.status = 'VERIFIED'
  $q$) WHERE length(word) >= 3 AND word !~ '^[0-9]+$';

CREATE UNIQUE INDEX catalog_words_word ON catalog_words (word);

CREATE INDEX catalog_words_trgm ON catalog_words USING GIN (word gin_trgm_ops);
