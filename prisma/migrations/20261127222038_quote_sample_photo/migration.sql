-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sampleAssetId_fkey" FOREIGN KEY ("sampleAssetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
