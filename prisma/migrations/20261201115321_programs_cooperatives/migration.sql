-- CreateEnum
CREATE TYPE "BeneficiaryStatus" AS ENUM ('APPLIED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "OverlapOverrideReason" AS ENUM ('DIFFERENT_NEED', 'FOLLOW_UP_STAGE', 'DISASTER_RECOVERY', 'DATA_CORRECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "OverlapOutcome" AS ENUM ('BLOCKED', 'OVERRIDDEN');

-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('EQUIPMENT', 'CERTIFICATE', 'MARKETING', 'OTHER');

-- CreateEnum
CREATE TYPE "DuplicateVerdict" AS ENUM ('SAME', 'DIFFERENT');

-- CreateEnum
CREATE TYPE "CooperativePredicate" AS ENUM ('SEHAT', 'CUKUP_SEHAT', 'DALAM_PENGAWASAN', 'DALAM_PENGAWASAN_KHUSUS');

-- AlterEnum
ALTER TYPE "BudgetSource" ADD VALUE 'CSR';

-- AlterEnum
BEGIN;
CREATE TYPE "ProgramKind_new" AS ENUM ('EQUIPMENT_AID', 'TRAINING', 'MENTORING', 'CERTIFICATION', 'MARKETING', 'COOPERATIVE_AID');
ALTER TABLE "AidProgram" ALTER COLUMN "kind" TYPE "ProgramKind_new" USING ("kind"::text::"ProgramKind_new");
ALTER TYPE "ProgramKind" RENAME TO "ProgramKind_old";
ALTER TYPE "ProgramKind_new" RENAME TO "ProgramKind";
DROP TYPE "ProgramKind_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "ProgramBeneficiary" DROP CONSTRAINT "ProgramBeneficiary_msmeId_fkey";

-- DropIndex
DROP INDEX "ProgramBeneficiary_msmeId_idx";

-- AlterTable
ALTER TABLE "Msme" ADD COLUMN     "annualTurnoverIdr" BIGINT,
ADD COLUMN     "capitalIdr" BIGINT;

-- AlterTable
ALTER TABLE "AidProgram" DROP COLUMN "endsAt",
DROP COLUMN "startsAt",
ADD COLUMN     "activityCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "budgetIdr" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "budgetSource" "BudgetSource" NOT NULL DEFAULT 'APBD',
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "eligibleCategoryIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "eligibleKecamatanCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "eligibleSizes" "MsmeSize"[] DEFAULT ARRAY[]::"MsmeSize"[],
ADD COLUMN     "endsOn" DATE NOT NULL,
ADD COLUMN     "lacksCertification" "CertificationType",
ADD COLUMN     "neverHelpedOfKind" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openForApplications" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "quotaReleaseOn" DATE,
ADD COLUMN     "requiresCertification" "CertificationType",
ADD COLUMN     "startsOn" DATE NOT NULL,
ADD COLUMN     "verifiedOnly" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "quota" SET NOT NULL;

-- AlterTable
ALTER TABLE "ProgramBeneficiary" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "applicationNote" TEXT,
ADD COLUMN     "appliedAt" TIMESTAMP(3),
ADD COLUMN     "cooperativeId" TEXT,
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "nominatedById" TEXT,
ADD COLUMN     "status" "BeneficiaryStatus" NOT NULL,
ALTER COLUMN "msmeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Cooperative" ADD COLUMN     "businessLines" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "chairName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lastRatOn" DATE,
ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nik" TEXT;

-- CreateTable
CREATE TABLE "ProgramKindSetting" (
    "kind" "ProgramKind" NOT NULL,
    "overlapWindowMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramKindSetting_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "regulation" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "rules" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramKecamatanQuota" (
    "programId" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,

    CONSTRAINT "ProgramKecamatanQuota_pkey" PRIMARY KEY ("programId","kecamatanCode")
);

-- CreateTable
CREATE TABLE "OverlapCheck" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "earlierProgramId" TEXT NOT NULL,
    "earlierHelpedAt" TIMESTAMP(3) NOT NULL,
    "outcome" "OverlapOutcome" NOT NULL,
    "byUserId" TEXT,
    "reasonCode" "OverlapOverrideReason",
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "OverlapCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramSession" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" TEXT NOT NULL,
    "beneficiaryId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","beneficiaryId")
);

-- CreateTable
CREATE TABLE "ProgramDelivery" (
    "id" TEXT NOT NULL,
    "beneficiaryId" TEXT NOT NULL,
    "kind" "DeliveryKind" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "valueIdr" BIGINT NOT NULL DEFAULT 0,
    "deliveredOn" DATE NOT NULL,
    "certificationId" TEXT,
    "bazaarEntryId" TEXT,
    "channelListingId" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MsmeDuplicateDecision" (
    "msmeAId" TEXT NOT NULL,
    "msmeBId" TEXT NOT NULL,
    "verdict" "DuplicateVerdict" NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MsmeDuplicateDecision_pkey" PRIMARY KEY ("msmeAId","msmeBId")
);

-- CreateTable
CREATE TABLE "CooperativeAssessment" (
    "id" TEXT NOT NULL,
    "cooperativeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "governanceScore" INTEGER NOT NULL,
    "riskScore" INTEGER NOT NULL,
    "financeScore" INTEGER NOT NULL,
    "capitalScore" INTEGER NOT NULL,
    "totalScoreCenti" INTEGER NOT NULL,
    "predicate" "CooperativePredicate" NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "assessedById" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperativeAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_topic_validFrom_key" ON "RuleSet"("topic", "validFrom");

-- CreateIndex
CREATE INDEX "OverlapCheck_programId_idx" ON "OverlapCheck"("programId");

-- CreateIndex
CREATE INDEX "OverlapCheck_outcome_resolvedAt_idx" ON "OverlapCheck"("outcome", "resolvedAt");

-- CreateIndex
CREATE INDEX "ProgramSession_programId_heldOn_idx" ON "ProgramSession"("programId", "heldOn");

-- CreateIndex
CREATE INDEX "ProgramDelivery_beneficiaryId_idx" ON "ProgramDelivery"("beneficiaryId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperativeAssessment_cooperativeId_year_key" ON "CooperativeAssessment"("cooperativeId", "year");

-- CreateIndex
CREATE INDEX "AidProgram_opdId_startsOn_idx" ON "AidProgram"("opdId", "startsOn");

-- CreateIndex
CREATE INDEX "AidProgram_kind_idx" ON "AidProgram"("kind");

-- CreateIndex
CREATE INDEX "ProgramBeneficiary_msmeId_status_idx" ON "ProgramBeneficiary"("msmeId", "status");

-- CreateIndex
CREATE INDEX "ProgramBeneficiary_cooperativeId_idx" ON "ProgramBeneficiary"("cooperativeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramBeneficiary_programId_cooperativeId_key" ON "ProgramBeneficiary"("programId", "cooperativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_nik_key" ON "Cooperative"("nik");

-- CreateIndex
CREATE INDEX "Cooperative_kecamatanCode_idx" ON "Cooperative"("kecamatanCode");

-- AddForeignKey
ALTER TABLE "ProgramKecamatanQuota" ADD CONSTRAINT "ProgramKecamatanQuota_programId_fkey" FOREIGN KEY ("programId") REFERENCES "AidProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramKecamatanQuota" ADD CONSTRAINT "ProgramKecamatanQuota_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramBeneficiary" ADD CONSTRAINT "ProgramBeneficiary_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramBeneficiary" ADD CONSTRAINT "ProgramBeneficiary_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlapCheck" ADD CONSTRAINT "OverlapCheck_programId_fkey" FOREIGN KEY ("programId") REFERENCES "AidProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlapCheck" ADD CONSTRAINT "OverlapCheck_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlapCheck" ADD CONSTRAINT "OverlapCheck_earlierProgramId_fkey" FOREIGN KEY ("earlierProgramId") REFERENCES "AidProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_programId_fkey" FOREIGN KEY ("programId") REFERENCES "AidProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgramSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "ProgramBeneficiary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDelivery" ADD CONSTRAINT "ProgramDelivery_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "ProgramBeneficiary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDelivery" ADD CONSTRAINT "ProgramDelivery_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDelivery" ADD CONSTRAINT "ProgramDelivery_bazaarEntryId_fkey" FOREIGN KEY ("bazaarEntryId") REFERENCES "BazaarParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDelivery" ADD CONSTRAINT "ProgramDelivery_channelListingId_fkey" FOREIGN KEY ("channelListingId") REFERENCES "ChannelListing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeAssessment" ADD CONSTRAINT "CooperativeAssessment_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A program entry is for exactly one UMKM or one cooperative.
ALTER TABLE "ProgramBeneficiary" ADD CONSTRAINT "ProgramBeneficiary_one_recipient"
  CHECK (("msmeId" IS NULL) <> ("cooperativeId" IS NULL));
ALTER TABLE "AidProgram" ADD CONSTRAINT "AidProgram_quota_positive" CHECK ("quota" > 0);
ALTER TABLE "AidProgram" ADD CONSTRAINT "AidProgram_period" CHECK ("endsOn" >= "startsOn");

-- Likely duplicates by name and address similarity (lib/programs/duplicates.ts).
CREATE INDEX "Msme_name_trgm_idx" ON "Msme" USING GIN ("name" gin_trgm_ops);

-- The overlap window per kind of help (12 months unless the Dinas sets another).
INSERT INTO "ProgramKindSetting" ("kind", "overlapWindowMonths", "updatedAt") VALUES
  ('EQUIPMENT_AID', 12, now()), ('TRAINING', 12, now()), ('MENTORING', 6, now()),
  ('CERTIFICATION', 12, now()), ('MARKETING', 6, now()), ('COOPERATIVE_AID', 12, now());

-- Rules as data. Amounts in Rupiah, a class applies while both declared figures are within it.
INSERT INTO "RuleSet" ("id", "topic", "regulation", "validFrom", "rules") VALUES
  ('rules-msme-size-pp7-2021', 'msme-size', 'PP 7/2021 pasal 35', '2021-02-02',
   '{"classes":[{"size":"MICRO","maxCapitalIdr":1000000000,"maxTurnoverIdr":2000000000},{"size":"SMALL","maxCapitalIdr":5000000000,"maxTurnoverIdr":15000000000},{"size":"MEDIUM","maxCapitalIdr":10000000000,"maxTurnoverIdr":50000000000}]}'),
  ('rules-coop-health-permenkop-9-2020', 'cooperative-health', 'Permenkop UKM 9/2020 (Pengawasan Koperasi)', '2020-01-01',
   '{"weights":{"governance":25,"risk":25,"finance":25,"capital":25},"bands":[{"predicate":"SEHAT","minScore":80},{"predicate":"CUKUP_SEHAT","minScore":66},{"predicate":"DALAM_PENGAWASAN","minScore":51},{"predicate":"DALAM_PENGAWASAN_KHUSUS","minScore":0}]}');
