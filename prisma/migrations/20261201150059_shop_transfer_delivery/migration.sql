-- CreateEnum
CREATE TYPE "ShopFulfilment" AS ENUM ('DELIVERY', 'PICKUP');

-- AlterTable
ALTER TABLE "ShopOrder" ADD COLUMN     "fulfilment" "ShopFulfilment" NOT NULL DEFAULT 'DELIVERY',
ADD COLUMN     "paymentDeadline" TIMESTAMP(3),
ADD COLUMN     "paymentReference" TEXT,
ADD COLUMN     "receiptAssetId" TEXT,
ADD COLUMN     "receiptUploadedAt" TIMESTAMP(3),
ADD COLUMN     "wantedOn" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "ShopOrder_paymentReference_key" ON "ShopOrder"("paymentReference");

-- CreateIndex
CREATE INDEX "ShopOrder_status_paymentDeadline_idx" ON "ShopOrder"("status", "paymentDeadline");

-- AddForeignKey
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_receiptAssetId_fkey" FOREIGN KEY ("receiptAssetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
