-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "kecamatanCode" TEXT,
ADD COLUMN     "msmeVerified" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written (decision 029). Whether the product's UMKM is verified (binaan) and its kecamatan,
-- beside the product: every public search asked the UMKM table for both, a join planned and run in
-- each statement (a hash of every UMKM built per statement, 0.2 ms at 100,000 products, for the
-- 300 or 501 matches read). The triggers keep the copy exact in the same transaction as the change:
-- a product takes its UMKM's facts when written, and a UMKM's change of status or kecamatan is
-- copied to its products. Bodies use E-strings with \073 for semicolons: the adapter that applies
-- migrations here splits scripts at every semicolon.
CREATE FUNCTION product_msme_facts() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN SELECT m.status = ''VERIFIED'', m."kecamatanCode" INTO NEW."msmeVerified", NEW."kecamatanCode" FROM "Msme" m WHERE m.id = NEW."msmeId"\073 NEW."msmeVerified" := coalesce(NEW."msmeVerified", false)\073 RETURN NEW\073 END\073';

CREATE TRIGGER "Product_msme_facts" BEFORE INSERT OR UPDATE ON "Product"
  FOR EACH ROW EXECUTE FUNCTION product_msme_facts();

CREATE FUNCTION msme_product_facts() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN UPDATE "Product" SET "msmeVerified" = NEW.status = ''VERIFIED'', "kecamatanCode" = NEW."kecamatanCode" WHERE "msmeId" = NEW.id\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Msme_product_facts" AFTER UPDATE OF status, "kecamatanCode" ON "Msme"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."kecamatanCode" IS DISTINCT FROM NEW."kecamatanCode")
  EXECUTE FUNCTION msme_product_facts();

UPDATE "Product" p SET "msmeVerified" = m.status = 'VERIFIED', "kecamatanCode" = m."kecamatanCode"
  FROM "Msme" m WHERE m.id = p."msmeId";
