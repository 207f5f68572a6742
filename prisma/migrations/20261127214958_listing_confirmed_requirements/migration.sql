-- AlterTable
ALTER TABLE "ChannelListing" ADD COLUMN     "confirmedRequirements" TEXT[] DEFAULT ARRAY[]::TEXT[];
