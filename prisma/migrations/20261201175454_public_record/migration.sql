-- DropIndex
DROP INDEX "ProcurementDocument_orderId_kind_key";

-- AlterTable
ALTER TABLE "Opd" ADD COLUMN     "address" TEXT;

-- AlterTable
ALTER TABLE "ProcurementDocument" ADD COLUMN     "isCurrent" BOOLEAN DEFAULT true,
ADD COLUMN     "issuedAt" TIMESTAMP(3),
ADD COLUMN     "renderVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "supersededById" TEXT,
ADD COLUMN     "verificationCode" TEXT;

-- CreateTable
CREATE TABLE "OcdsRelease" (
    "seq" BIGSERIAL NOT NULL,
    "releaseId" TEXT NOT NULL,
    "ocid" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "tags" TEXT[],
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OcdsRelease_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "OcdsRelease_releaseId_key" ON "OcdsRelease"("releaseId");

-- CreateIndex
CREATE INDEX "OcdsRelease_ocid_seq_idx" ON "OcdsRelease"("ocid", "seq");

-- CreateIndex
CREATE INDEX "OcdsRelease_date_seq_idx" ON "OcdsRelease"("date", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementDocument_verificationCode_key" ON "ProcurementDocument"("verificationCode");

-- CreateIndex
CREATE INDEX "ProcurementDocument_orderId_idx" ON "ProcurementDocument"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementDocument_orderId_kind_isCurrent_key" ON "ProcurementDocument"("orderId", "kind", "isCurrent");

-- Documents made before this migration were generated when someone first opened the order page:
-- each takes the date of the step that called for it, from the audit log, else the order's own
-- timestamp for that step. (The app then regenerates them with the new renderer, superseding these.)
UPDATE "ProcurementDocument" d SET "issuedAt" = COALESCE(
  (SELECT max(a."at") FROM "AuditLog" a
    WHERE a."entityType" = 'ProcurementOrder' AND a."entityId" = d."orderId"
      AND a."action" = CASE d."kind"
        WHEN 'SURAT_PESANAN' THEN 'procurement.order.place'
        WHEN 'DELIVERY_CHECK' THEN 'procurement.order.inspect'
        WHEN 'BAST' THEN 'procurement.order.bast.sign'
        ELSE 'procurement.order.pay' END),
  (SELECT CASE d."kind"
        WHEN 'SURAT_PESANAN' THEN COALESCE(o."orderedAt", o."createdAt")
        WHEN 'DELIVERY_CHECK' THEN o."inspectedAt"
        WHEN 'BAST' THEN o."handedOverAt"
        ELSE o."paidAt" END
     FROM "ProcurementOrder" o WHERE o."id" = d."orderId"),
  d."createdAt");

-- Published releases are a public record: never rewritten, never removed. (E-string with \073 for
-- semicolons: the migration adapter splits scripts at each one, see decision 002.)
CREATE FUNCTION ocds_release_is_permanent() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN RAISE EXCEPTION ''a published OCDS release cannot be changed''\073 END\073';

CREATE TRIGGER "OcdsRelease_permanent" BEFORE UPDATE OR DELETE ON "OcdsRelease"
  FOR EACH ROW EXECUTE FUNCTION ocds_release_is_permanent();

CREATE TRIGGER "OcdsRelease_no_truncate" BEFORE TRUNCATE ON "OcdsRelease"
  FOR EACH STATEMENT EXECUTE FUNCTION ocds_release_is_permanent();
