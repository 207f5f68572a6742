-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN');

-- CreateEnum
CREATE TYPE "MsmeSize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM');

-- CreateEnum
CREATE TYPE "MsmeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'NEEDS_CHANGES', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "CertificationType" AS ENUM ('HALAL', 'PIRT', 'BPOM_MD', 'BPOM_ML', 'SNI', 'OTHER');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "OpdKind" AS ENUM ('SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN');

-- CreateEnum
CREATE TYPE "BudgetSource" AS ENUM ('APBD', 'P_APBD', 'APBN', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NeedKind" AS ENUM ('CATERING', 'GOODS');

-- CreateEnum
CREATE TYPE "RfqStatus" AS ENUM ('OPEN', 'AWARDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProcurementStatus" AS ENUM ('DRAFT', 'ORDERED', 'ACCEPTED', 'DELIVERED', 'HANDED_OVER', 'PAID', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('SURAT_PESANAN', 'DELIVERY_CHECK', 'BAST', 'PAYMENT_RECORD');

-- CreateEnum
CREATE TYPE "GovPaymentMethod" AS ENUM ('TRANSFER', 'KKPD');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('FOOD_DELIVERY', 'MARKETPLACE', 'MODERN_RETAIL');

-- CreateEnum
CREATE TYPE "ListingStage" AS ENUM ('NOT_STARTED', 'PREPARING', 'SUBMITTED', 'UNDER_REVIEW', 'LIVE', 'SUSPENDED', 'DELISTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "BazaarEntryStatus" AS ENUM ('APPLIED', 'INVITED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('AID', 'TRAINING');

-- CreateEnum
CREATE TYPE "ShopPaymentMethod" AS ENUM ('STRIPE', 'BANK_TRANSFER', 'CASH_ON_DELIVERY');

-- CreateEnum
CREATE TYPE "CheckoutStatus" AS ENUM ('PENDING', 'PAID', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ShopOrderStatus" AS ENUM ('PENDING_PAYMENT', 'PLACED', 'CONFIRMED', 'SHIPPED', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "role" "Role" NOT NULL,
    "opdId" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Kecamatan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Kelurahan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    CONSTRAINT "Kelurahan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Msme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerName" TEXT NOT NULL,
    "nikCipher" TEXT,
    "nikHash" TEXT,
    "nikLast4" TEXT,
    "nib" TEXT,
    "npwp" TEXT,
    "kbli" TEXT,
    "size" "MsmeSize" NOT NULL DEFAULT 'MICRO',
    "categoryId" TEXT,
    "kecamatanCode" TEXT,
    "kelurahanCode" TEXT,
    "address" TEXT,
    "whatsapp" TEXT,
    "yearFounded" INTEGER,
    "employees" INTEGER,
    "description" TEXT,
    "bankName" TEXT,
    "bankAccountCipher" TEXT,
    "bankAccountLast4" TEXT,
    "bankAccountHolder" TEXT,
    "status" "MsmeStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "importKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Msme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "type" "CertificationType" NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "widths" INTEGER[],
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MsmePhoto" (
    "id" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MsmePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceIdr" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "minOrder" INTEGER NOT NULL DEFAULT 1,
    "dailyCapacity" INTEGER,
    "leadTimeDays" INTEGER NOT NULL DEFAULT 0,
    "stock" INTEGER,
    "halal" BOOLEAN NOT NULL DEFAULT false,
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "assetId" TEXT,
    "url" TEXT,
    "alt" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opd" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OpdKind" NOT NULL,

    CONSTRAINT "Opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementEvent" (
    "id" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "venue" TEXT NOT NULL,
    "kecamatanCode" TEXT,
    "participants" INTEGER NOT NULL,
    "paguIdr" BIGINT NOT NULL,
    "budgetSource" "BudgetSource" NOT NULL,
    "activityCode" TEXT,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcurementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventNeed" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "NeedKind" NOT NULL,
    "description" TEXT NOT NULL,
    "categoryId" TEXT,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "deliveryFrom" TIMESTAMP(3) NOT NULL,
    "deliveryTo" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rfq" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "RfqStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rfq_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RfqInvitation" (
    "rfqId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RfqInvitation_pkey" PRIMARY KEY ("rfqId","msmeId")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "rfqId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "unitPriceIdr" INTEGER NOT NULL,
    "totalIdr" BIGINT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "sampleAssetId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementOrder" (
    "id" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "needId" TEXT,
    "msmeId" TEXT NOT NULL,
    "quoteId" TEXT,
    "number" TEXT,
    "status" "ProcurementStatus" NOT NULL DEFAULT 'DRAFT',
    "subtotalIdr" BIGINT NOT NULL,
    "ppnIdr" BIGINT NOT NULL DEFAULT 0,
    "pph22Idr" BIGINT NOT NULL DEFAULT 0,
    "totalIdr" BIGINT NOT NULL,
    "reason" TEXT,
    "orderedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "handedOverAt" TIMESTAMP(3),
    "bastStaffSignedAt" TIMESTAMP(3),
    "bastMsmeSignedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcurementOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementOrderItem" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "productId" TEXT,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPriceIdr" INTEGER NOT NULL,
    "totalIdr" BIGINT NOT NULL,

    CONSTRAINT "ProcurementOrderItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementDocument" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcurementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "opdId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("opdId","kind","year")
);

-- CreateTable
CREATE TABLE "ProcurementPayment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "method" "GovPaymentMethod" NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "amountIdr" BIGINT NOT NULL,
    "ppnIdr" BIGINT NOT NULL DEFAULT 0,
    "pph22Idr" BIGINT NOT NULL DEFAULT 0,
    "reference" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcurementPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelPartner" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "website" TEXT,
    "contact" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ChannelPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelRequirement" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ChannelRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelListing" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "stage" "ListingStage" NOT NULL DEFAULT 'NOT_STARTED',
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "facilitatorId" TEXT,
    "externalUrl" TEXT,
    "storeSku" TEXT,
    "notes" TEXT,
    "rejectionReason" TEXT,
    "requestedByOwner" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelListing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingStageChange" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "fromStage" "ListingStage",
    "toStage" "ListingStage" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT,
    "reason" TEXT,
    "override" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ListingStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bazaar" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "organizerOpdId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Bazaar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BazaarBooth" (
    "id" TEXT NOT NULL,
    "bazaarId" TEXT NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "BazaarBooth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BazaarParticipant" (
    "id" TEXT NOT NULL,
    "bazaarId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "boothId" TEXT,
    "status" "BazaarEntryStatus" NOT NULL DEFAULT 'APPLIED',
    "salesIdr" BIGINT,

    CONSTRAINT "BazaarParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidProgram" (
    "id" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProgramKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "quota" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramBeneficiary" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ProgramBeneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cooperative" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalNumber" TEXT,
    "kecamatanCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cooperative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperativeMember" (
    "cooperativeId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperativeMember_pkey" PRIMARY KEY ("cooperativeId","msmeId")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "guestToken" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartItem" (
    "cartId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "CartItem_pkey" PRIMARY KEY ("cartId","productId")
);

-- CreateTable
CREATE TABLE "Checkout" (
    "id" TEXT NOT NULL,
    "buyerUserId" TEXT NOT NULL,
    "paymentMethod" "ShopPaymentMethod" NOT NULL,
    "status" "CheckoutStatus" NOT NULL DEFAULT 'PENDING',
    "totalIdr" BIGINT NOT NULL,
    "stripeSessionId" TEXT,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Checkout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShopOrder" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "checkoutId" TEXT NOT NULL,
    "buyerUserId" TEXT NOT NULL,
    "msmeId" TEXT NOT NULL,
    "status" "ShopOrderStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "paidAt" TIMESTAMP(3),
    "totalIdr" BIGINT NOT NULL,
    "deliveryName" TEXT NOT NULL,
    "deliveryPhone" TEXT NOT NULL,
    "deliveryAddress" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShopOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShopOrderItem" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitPriceIdr" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "totalIdr" BIGINT NOT NULL,

    CONSTRAINT "ShopOrderItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Kecamatan_name_key" ON "Kecamatan"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Kecamatan_slug_key" ON "Kecamatan"("slug");

-- CreateIndex
CREATE INDEX "Kelurahan_kecamatanCode_idx" ON "Kelurahan"("kecamatanCode");

-- CreateIndex
CREATE UNIQUE INDEX "Msme_slug_key" ON "Msme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Msme_ownerUserId_key" ON "Msme"("ownerUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Msme_importKey_key" ON "Msme"("importKey");

-- CreateIndex
CREATE INDEX "Msme_status_idx" ON "Msme"("status");

-- CreateIndex
CREATE INDEX "Msme_kecamatanCode_idx" ON "Msme"("kecamatanCode");

-- CreateIndex
CREATE INDEX "Msme_nib_idx" ON "Msme"("nib");

-- CreateIndex
CREATE INDEX "Msme_nikHash_idx" ON "Msme"("nikHash");

-- CreateIndex
CREATE INDEX "Msme_whatsapp_idx" ON "Msme"("whatsapp");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_msmeId_type_number_key" ON "Certification"("msmeId", "type", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_key_key" ON "Asset"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_msmeId_status_idx" ON "Product"("msmeId", "status");

-- CreateIndex
CREATE INDEX "Product_categoryId_status_idx" ON "Product"("categoryId", "status");

-- CreateIndex
CREATE INDEX "Product_status_createdAt_id_idx" ON "Product"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Product_status_priceIdr_id_idx" ON "Product"("status", "priceIdr", "id");

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_code_key" ON "Opd"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_name_key" ON "Opd"("name");

-- CreateIndex
CREATE INDEX "ProcurementEvent_opdId_startsAt_idx" ON "ProcurementEvent"("opdId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_rfqId_msmeId_key" ON "Quote"("rfqId", "msmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementOrder_quoteId_key" ON "ProcurementOrder"("quoteId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementOrder_number_key" ON "ProcurementOrder"("number");

-- CreateIndex
CREATE INDEX "ProcurementOrder_opdId_status_idx" ON "ProcurementOrder"("opdId", "status");

-- CreateIndex
CREATE INDEX "ProcurementOrder_msmeId_status_idx" ON "ProcurementOrder"("msmeId", "status");

-- CreateIndex
CREATE INDEX "ProcurementOrder_eventId_idx" ON "ProcurementOrder"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementDocument_orderId_kind_key" ON "ProcurementDocument"("orderId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementPayment_orderId_key" ON "ProcurementPayment"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelPartner_slug_key" ON "ChannelPartner"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelPartner_name_key" ON "ChannelPartner"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelRequirement_partnerId_code_key" ON "ChannelRequirement"("partnerId", "code");

-- CreateIndex
CREATE INDEX "ChannelListing_partnerId_stage_idx" ON "ChannelListing"("partnerId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelListing_productId_partnerId_key" ON "ChannelListing"("productId", "partnerId");

-- CreateIndex
CREATE INDEX "ListingStageChange_listingId_at_idx" ON "ListingStageChange"("listingId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "BazaarBooth_bazaarId_code_key" ON "BazaarBooth"("bazaarId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BazaarParticipant_boothId_key" ON "BazaarParticipant"("boothId");

-- CreateIndex
CREATE UNIQUE INDEX "BazaarParticipant_bazaarId_msmeId_key" ON "BazaarParticipant"("bazaarId", "msmeId");

-- CreateIndex
CREATE INDEX "ProgramBeneficiary_msmeId_idx" ON "ProgramBeneficiary"("msmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramBeneficiary_programId_msmeId_key" ON "ProgramBeneficiary"("programId", "msmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_legalNumber_key" ON "Cooperative"("legalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_userId_key" ON "Cart"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_guestToken_key" ON "Cart"("guestToken");

-- CreateIndex
CREATE UNIQUE INDEX "Checkout_stripeSessionId_key" ON "Checkout"("stripeSessionId");

-- CreateIndex
CREATE INDEX "Checkout_status_expiresAt_idx" ON "Checkout"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShopOrder_number_key" ON "ShopOrder"("number");

-- CreateIndex
CREATE INDEX "ShopOrder_buyerUserId_createdAt_idx" ON "ShopOrder"("buyerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "ShopOrder_msmeId_status_idx" ON "ShopOrder"("msmeId", "status");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kelurahan" ADD CONSTRAINT "Kelurahan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Msme" ADD CONSTRAINT "Msme_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Msme" ADD CONSTRAINT "Msme_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Msme" ADD CONSTRAINT "Msme_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Msme" ADD CONSTRAINT "Msme_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Msme" ADD CONSTRAINT "Msme_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MsmePhoto" ADD CONSTRAINT "MsmePhoto_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MsmePhoto" ADD CONSTRAINT "MsmePhoto_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEvent" ADD CONSTRAINT "ProcurementEvent_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEvent" ADD CONSTRAINT "ProcurementEvent_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEvent" ADD CONSTRAINT "ProcurementEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventNeed" ADD CONSTRAINT "EventNeed_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ProcurementEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rfq" ADD CONSTRAINT "Rfq_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ProcurementEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rfq" ADD CONSTRAINT "Rfq_needId_fkey" FOREIGN KEY ("needId") REFERENCES "EventNeed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RfqInvitation" ADD CONSTRAINT "RfqInvitation_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "Rfq"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RfqInvitation" ADD CONSTRAINT "RfqInvitation_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "Rfq"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ProcurementEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_needId_fkey" FOREIGN KEY ("needId") REFERENCES "EventNeed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrder" ADD CONSTRAINT "ProcurementOrder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrderItem" ADD CONSTRAINT "ProcurementOrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProcurementOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementOrderItem" ADD CONSTRAINT "ProcurementOrderItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementDocument" ADD CONSTRAINT "ProcurementDocument_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProcurementOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentCounter" ADD CONSTRAINT "DocumentCounter_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementPayment" ADD CONSTRAINT "ProcurementPayment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProcurementOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelRequirement" ADD CONSTRAINT "ChannelRequirement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "ChannelPartner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelListing" ADD CONSTRAINT "ChannelListing_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelListing" ADD CONSTRAINT "ChannelListing_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "ChannelPartner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelListing" ADD CONSTRAINT "ChannelListing_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingStageChange" ADD CONSTRAINT "ListingStageChange_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "ChannelListing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bazaar" ADD CONSTRAINT "Bazaar_organizerOpdId_fkey" FOREIGN KEY ("organizerOpdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BazaarBooth" ADD CONSTRAINT "BazaarBooth_bazaarId_fkey" FOREIGN KEY ("bazaarId") REFERENCES "Bazaar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BazaarParticipant" ADD CONSTRAINT "BazaarParticipant_bazaarId_fkey" FOREIGN KEY ("bazaarId") REFERENCES "Bazaar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BazaarParticipant" ADD CONSTRAINT "BazaarParticipant_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BazaarParticipant" ADD CONSTRAINT "BazaarParticipant_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "BazaarBooth"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidProgram" ADD CONSTRAINT "AidProgram_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramBeneficiary" ADD CONSTRAINT "ProgramBeneficiary_programId_fkey" FOREIGN KEY ("programId") REFERENCES "AidProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramBeneficiary" ADD CONSTRAINT "ProgramBeneficiary_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeMember" ADD CONSTRAINT "CooperativeMember_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeMember" ADD CONSTRAINT "CooperativeMember_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_buyerUserId_fkey" FOREIGN KEY ("buyerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_checkoutId_fkey" FOREIGN KEY ("checkoutId") REFERENCES "Checkout"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_buyerUserId_fkey" FOREIGN KEY ("buyerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_msmeId_fkey" FOREIGN KEY ("msmeId") REFERENCES "Msme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopOrderItem" ADD CONSTRAINT "ShopOrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopOrderItem" ADD CONSTRAINT "ShopOrderItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
