-- Hand-written (decision 029). How many rows of the products and the UMKM had been written
-- (PostgreSQL's statistics, pg_stat_user_tables) when catalog_words was last rebuilt. The
-- rebuild every 15 minutes is skipped while that figure has not moved: at a million products it
-- reads every name (9 s of CPU) and most quarter hours nothing changed.
CREATE TABLE catalog_words_source (
  id int PRIMARY KEY CHECK (id = 1),
  changes bigint NOT NULL,
  "refreshedAt" timestamptz NOT NULL DEFAULT now()
);
