-- CreateEnum
CREATE TYPE "ProgramDocumentKind" AS ENUM ('AID_RECEIPT', 'ATTENDANCE_LIST');

-- CreateTable
CREATE TABLE "ProgramDocument" (
    "id" TEXT NOT NULL,
    "kind" "ProgramDocumentKind" NOT NULL,
    "programId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "deliveryId" TEXT,
    "sessionId" TEXT,
    "number" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "subjectName" TEXT NOT NULL,
    "totalIdr" BIGINT,
    "isCurrent" BOOLEAN DEFAULT true,
    "supersededAt" TIMESTAMP(3),
    "supersededById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_deliveryId_key" ON "ProgramDocument"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_verificationCode_key" ON "ProgramDocument"("verificationCode");

-- CreateIndex
CREATE INDEX "ProgramDocument_programId_idx" ON "ProgramDocument"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_sessionId_isCurrent_key" ON "ProgramDocument"("sessionId", "isCurrent");

-- AddForeignKey
ALTER TABLE "ProgramDocument" ADD CONSTRAINT "ProgramDocument_programId_fkey" FOREIGN KEY ("programId") REFERENCES "AidProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
