-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");

-- Hand-written below. Search that understands Indonesian: the 'indonesian' text-search configuration
-- stems (rajutan to rajut), unaccent folds accents, pg_trgm matches misspellings (kripik, keripik).
-- Function bodies use E-strings with \073 for semicolons: the adapter that applies migrations here
-- splits scripts at every semicolon.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION product_search_vector() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN NEW."searchVector" := setweight(to_tsvector(''indonesian'', unaccent(coalesce(NEW.name, ''''))), ''A'') || setweight(to_tsvector(''indonesian'', unaccent(coalesce(NEW.description, ''''))), ''B'')\073 RETURN NEW\073 END\073';

CREATE TRIGGER "Product_search_vector" BEFORE INSERT OR UPDATE OF name, description ON "Product"
  FOR EACH ROW EXECUTE FUNCTION product_search_vector();

UPDATE "Product" SET name = name;

CREATE INDEX "Product_name_trgm_idx" ON "Product" USING GIN (name gin_trgm_ops);
