-- CreateEnum
CREATE TYPE "ItemCondition" AS ENUM ('GOOD', 'PARTLY_DAMAGED', 'NOT_AS_ORDERED');

-- CreateEnum
CREATE TYPE "Withholding" AS ENUM ('PPH22', 'PPH23', 'PP55');

-- AlterEnum
ALTER TYPE "CertificationType" ADD VALUE 'PP55';

-- AlterEnum
ALTER TYPE "ProcurementStatus" ADD VALUE 'INSPECTED';

-- AlterTable
ALTER TABLE "Opd" ADD COLUMN     "npwp" TEXT;

-- AlterTable
ALTER TABLE "Rfq" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProcurementOrder" DROP COLUMN "pph22Idr",
DROP COLUMN "ppnIdr",
ADD COLUMN     "acceptedTotalIdr" BIGINT,
ADD COLUMN     "bastMsmeSignerName" TEXT,
ADD COLUMN     "bastStaffSignerName" TEXT,
ADD COLUMN     "inspectedAt" TIMESTAMP(3),
ADD COLUMN     "inspectionNote" TEXT,
ADD COLUMN     "inspectorName" TEXT,
ADD COLUMN     "inspectorNip" TEXT;

-- AlterTable
ALTER TABLE "ProcurementOrderItem" ADD COLUMN     "acceptedQuantity" INTEGER,
ADD COLUMN     "condition" "ItemCondition",
ADD COLUMN     "receivedQuantity" INTEGER;

-- AlterTable: earlier payments withheld only PPh 22, and their PPN and PPh were typed amounts
ALTER TABLE "ProcurementPayment" RENAME COLUMN "pph22Idr" TO "pphIdr";
ALTER TABLE "ProcurementPayment" ADD COLUMN "grossIdr" BIGINT,
ADD COLUMN     "dppIdr" BIGINT,
ADD COLUMN     "msmeNpwp" TEXT,
ADD COLUMN     "opdNpwp" TEXT,
ADD COLUMN     "pp55Number" TEXT,
ADD COLUMN     "pphRateBp" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ppnRateBp" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withholding" "Withholding" NOT NULL DEFAULT 'PPH22';
UPDATE "ProcurementPayment" SET "grossIdr" = "amountIdr" + "ppnIdr" + "pphIdr", "dppIdr" = "amountIdr" + "pphIdr";
ALTER TABLE "ProcurementPayment" ALTER COLUMN "grossIdr" SET NOT NULL, ALTER COLUMN "dppIdr" SET NOT NULL;

-- CreateTable
CREATE TABLE "TaxRule" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rateBp" INTEGER,
    "rateWithoutNpwpBp" INTEGER,
    "exemptUpToIdr" BIGINT,
    "appliesTo" TEXT NOT NULL,
    "regulation" TEXT NOT NULL,

    CONSTRAINT "TaxRule_pkey" PRIMARY KEY ("code")
);

INSERT INTO "TaxRule" ("code", "name", "rateBp", "rateWithoutNpwpBp", "exemptUpToIdr", "appliesTo", "regulation") VALUES
('PPN', 'Pajak Pertambahan Nilai', NULL, NULL, NULL, 'Penyedia yang Pengusaha Kena Pajak (PKP)', 'UU 7/2021 (HPP) Pasal 7 dan PMK 58/2022: instansi pemerintah memungut PPN'),
('PPH22', 'PPh Pasal 22', 150, 300, 2000000, 'Pembelian barang oleh bendahara pemerintah', 'UU PPh Pasal 22 dan PMK 59/2022: 1,5% dari harga beli tanpa PPN, 100% lebih tinggi tanpa NPWP, tidak dipungut untuk pembelian paling banyak Rp 2.000.000 yang tidak dipecah'),
('PPH23', 'PPh Pasal 23', 200, 400, NULL, 'Jasa, termasuk jasa katering', 'UU PPh Pasal 23 ayat (1) huruf c dan PMK 141/2015: 2% dari jumlah bruto tanpa PPN, 100% lebih tinggi tanpa NPWP'),
('PP55', 'PPh final UMKM', 50, NULL, NULL, 'Penyedia dengan Surat Keterangan PP 55/2022: tidak dipotong, PPh final 0,5% disetor sendiri', 'PP 55/2022 Pasal 57-59 (sebelumnya PP 23/2018)');
