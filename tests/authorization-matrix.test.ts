// The authorization matrix: every server action and route handler, the data function it calls, and
// which roles may call it. The test walks every row against every role (and a visitor), and fails
// when an action or route exists that has no row.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { createStaffAccount } from '@/lib/accounts/accounts';
import { saveRegistration } from '@/lib/msme/registration';
import { addPremisesPhoto, removePremisesPhoto } from '@/lib/msme/photos';
import { reviewMsme, revealNik, getMsmeForReview, verificationQueue } from '@/lib/msme/review';
import { importMsmes } from '@/lib/msme/bulk-import';
import { registryExportRows, registryFilterSchema } from '@/lib/msme/registry';
import {
  addProductPhoto,
  createProduct,
  removeProductPhoto,
  setProductStatus,
  updateProduct,
} from '@/lib/catalog/owner-products';
import { placeOrder } from '@/lib/shop/checkout';
import { getShopperOrder, updateShopOrder } from '@/lib/shop/orders';
import { receiptKeyFor, transferDetails, uploadReceipt } from '@/lib/shop/transfer';
import { listNotifications, markAllRead, markRead, setEmailPreferences } from '@/lib/notify/center';
import { retryJob, troubledJobs } from '@/lib/jobs/admin';
import { addNeed, createEvent } from '@/lib/procurement/events';
import { awardQuote, cancelRfq, directOrder, sendRfq, submitQuote } from '@/lib/procurement/ordering';
import { advanceOrder, getOrder } from '@/lib/procurement/orders';
import { opdSpendingFor } from '@/lib/procurement/transparency';
import { bulkMove, confirmRequirement, moveListing, requestListing } from '@/lib/channels/listings';
import { assignBooth, createBazaar, joinBazaar, recordBazaarSales } from '@/lib/channels/bazaars';
import { cartOwnerFor } from '@/lib/shop/cart';
import {
  acceptanceTemplate,
  importAcceptance,
  removeRequirement,
  setRequirement,
  updatePartner,
} from '@/lib/channels/partners';
import { channelFunnel } from '@/lib/channels/funnel';
import { listOutbox } from '@/lib/mail/outbox';
import {
  changeStaffAccess,
  inviteMsmeOwner,
  sendStaffPasswordLink,
  setAccountDisabled,
} from '@/lib/accounts/staff-admin';
import { auditExportRows, auditFilterSchema, searchAuditLog } from '@/lib/audit/viewer';
import { createProgram, listPrograms, setOverlapWindow, updateProgram } from '@/lib/programs/programs';
import {
  applyToProgram,
  decideApplication,
  dismissOverlap,
  nominate,
  overlapChecks,
  overrideOverlap,
} from '@/lib/programs/enrolment';
import {
  addSession,
  ownerProgramHistory,
  programRecord,
  recordAttendance,
  recordDelivery,
} from '@/lib/programs/delivery';
import { rankedCandidates } from '@/lib/programs/candidates';
import { programDocumentFile } from '@/lib/programs/documents';
import { openProgramsForOwner } from '@/lib/programs/owner';
import { decideDuplicate, undecidedDuplicatePairs } from '@/lib/programs/duplicates';
import { coverageForDinas, neverHelpedList } from '@/lib/programs/coverage';
import {
  addMember,
  assessCooperative,
  createCooperative,
  getCooperative,
  listCooperatives,
  recordRat,
} from '@/lib/cooperatives/registry';
import { importCooperatives } from '@/lib/cooperatives/import';
import { demoActor } from './support/actors';

type Row = { allow: readonly Role[]; call: (actor: Actor | null) => Promise<unknown> | unknown };
const ALL: Role[] = ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'];
const x = 'tidak-ada';

// Actions and routes open to everyone, with the reason they need no role.
const publicEndpoints: Record<string, string> = {
  'app/daftar/actions.ts#signUpAction': 'sign-up is for visitors; it can only create SHOPPER or MSME_OWNER',
  'app/lupa-sandi/actions.ts#requestPasswordResetAction':
    'for visitors who forgot their password; the link goes to the account’s own email (outbox)',
  'app/atur-ulang-sandi/actions.ts#resetPasswordAction':
    'the secret token from the email is the authorization',
  'app/bahasa/route.ts#POST': 'sets a language cookie (same-origin form posts only)',
  'app/keluar/route.ts#POST': 'removes the caller’s own session cookie (same-origin form posts only)',
  'app/keranjang/tambah/route.ts#POST':
    'guests have carts; staff roles are refused by cartOwnerFor (row cart.owner); same-origin form posts only',
  'app/keranjang/actions.ts#updateCartAction': 'acts on the caller’s own cart only (row cart.owner)',
  'app/api/auth/[...nextauth]/route.ts#GET': 'sign-in itself',
  'app/api/auth/[...nextauth]/route.ts#POST': 'sign-in itself',
  'app/api/health/route.ts#GET': 'health check',
  'app/api/ping/route.ts#GET': 'benchmark baseline',
  'app/api/ready/route.ts#GET': 'readiness for load balancers: states and check names, no data',
  'app/api/metrics/route.ts#GET':
    'operators: METRICS_TOKEN bearer token, not a role (404 unset, 401 wrong; tests/observability.test.ts)',
  'app/api/uploads/[...key]/route.ts#GET': 'public product and premises photos by unguessable key',
  'app/api/v1/products/route.ts#GET': 'public catalog',
  'app/api/v1/products/[id]/route.ts#GET': 'public catalog',
  'app/api/v1/openapi.json/route.ts#GET': 'API description',
  'app/api/v1/ocds/release-package/route.ts#GET': 'open data, no personal data',
  'app/api/v1/ocds/records/[ocid]/route.ts#GET': 'open data, no personal data (tests/public-record.test.ts)',
  'app/api/v1/verification/[code]/route.ts#GET':
    'a document’s public facts by its unguessable code, no personal data (tests/public-record.test.ts)',
  'app/api/v1/verification/[code]/route.ts#POST':
    'compares an uploaded copy’s SHA-256 with the record; writes nothing but a per-IP rate-limit count',
  'app/verifikasi/[code]/actions.ts#checkPdfAction': 'the same check from the public verification page',
  'app/api/v1/transparency/opd-spending/route.ts#GET': 'open data, no personal data',
  'app/api/v1/programs/coverage/route.ts#GET':
    'open data: counts under 5 suppressed, no personal data (tests/coverage.test.ts)',
  'app/api/webhooks/stripe/route.ts#POST': 'authenticated by the Stripe signature (tests/stripe.test.ts)',
};

const matrix: Record<string, Row & { endpoints: string[] }> = {
  'staff.create': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/pengguna/actions.ts#createStaffAccountAction'],
    call: (a) => createStaffAccount(a, {}),
  },
  'msme.save': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/profil/actions.ts#saveRegistrationAction'],
    call: (a) => saveRegistration(a, {}, false),
  },
  'msme.photo.add': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/profil/actions.ts#addPremisesPhotoAction'],
    call: (a) => addPremisesPhoto(a, null),
  },
  'msme.photo.remove': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/profil/actions.ts#removePremisesPhotoAction'],
    call: (a) => removePremisesPhoto(a, x),
  },
  'msme.review': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/umkm/[id]/actions.ts#reviewAction'],
    call: (a) => reviewMsme(a, x, {}),
  },
  'msme.nik.reveal': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/umkm/[id]/actions.ts#revealNikAction'],
    call: (a) => revealNik(a, x, { purpose: 'IDENTITY_CHECK' }),
  },
  'msme.review.read': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => getMsmeForReview(a, x) },
  'msme.queue': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => verificationQueue(a) },
  'msme.import': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/impor/actions.ts#importAction', 'app/dinas/impor/templat/route.ts#GET'],
    call: (a) => importMsmes(a, null, false),
  },
  'msme.export': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/umkm/ekspor/route.ts#GET'],
    call: (a) => registryExportRows(a, registryFilterSchema.parse({ q: 'zzzz-tidak-ada' })),
  },
  'product.create': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/produk/actions.ts#createProductAction'],
    call: (a) => createProduct(a, {}),
  },
  'product.update': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/produk/actions.ts#updateProductAction'],
    call: (a) => updateProduct(a, x, {}),
  },
  'product.status': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/produk/actions.ts#setProductStatusAction'],
    call: (a) => setProductStatus(a, x, 'PUBLISHED'),
  },
  'product.photo.add': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/produk/actions.ts#addProductPhotoAction'],
    call: (a) => addProductPhoto(a, x, null),
  },
  'product.photo.remove': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/produk/actions.ts#removeProductPhotoAction'],
    call: (a) => removeProductPhoto(a, x, x),
  },
  'cart.owner': {
    allow: ['SHOPPER'],
    endpoints: [],
    call: (a) => (a ? cartOwnerFor(a, undefined) : Promise.reject(new AccessDenied(401))),
  },
  'shop.checkout': {
    allow: ['SHOPPER'],
    endpoints: ['app/keranjang/actions.ts#checkoutAction'],
    call: (a) => placeOrder(a, {}, 'http://x'),
  },
  'shop.order.update': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/umkm/pesanan/actions.ts#updateShopOrderAction'],
    call: (a) => updateShopOrder(a, x, { action: 'confirm' }),
  },
  'jobs.retry': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/email/actions.ts#retryJobAction'],
    call: (a) => retryJob(a, {}),
  },
  'jobs.troubled': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => troubledJobs(a) },
  'notification.open': {
    allow: ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'],
    endpoints: [
      'app/notifikasi/actions.ts#openNotificationAction',
      'app/notifikasi/actions.ts#markReadAction',
    ],
    call: (a) => markRead(a, x),
  },
  'notification.read-all': {
    allow: ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'],
    endpoints: ['app/notifikasi/actions.ts#markAllReadAction'],
    call: (a) => markAllRead(a),
  },
  'notification.email-preferences': {
    allow: ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'],
    endpoints: ['app/notifikasi/actions.ts#emailPreferencesAction'],
    call: (a) => setEmailPreferences(a, {}),
  },
  'notification.list': {
    allow: ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'],
    endpoints: [],
    call: (a) => listNotifications(a, 'id'),
  },
  'shop.order.receipt': {
    allow: ['SHOPPER'],
    endpoints: ['app/keranjang/actions.ts#uploadReceiptAction'],
    call: (a) => uploadReceipt(a, x, null),
  },
  'shop.order.receipt.view': {
    allow: ['SHOPPER', 'MSME_OWNER'],
    endpoints: ['app/api/toko/bukti/[id]/route.ts#GET'],
    call: (a) => receiptKeyFor(a, x),
  },
  'shop.order.transfer-details': {
    allow: ['SHOPPER'],
    endpoints: [],
    call: (a) => transferDetails(a, [x]),
  },
  'shop.order.read': {
    allow: ['SHOPPER'],
    endpoints: [],
    call: (a) => getShopperOrder(a, x),
  },
  'procurement.event.create': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#createEventAction'],
    call: (a) => createEvent(a, {}),
  },
  'procurement.need.add': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#addNeedAction'],
    call: (a) => addNeed(a, x, {}),
  },
  'procurement.rfq.send': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#sendRfqAction'],
    call: (a) => sendRfq(a, x, {}),
  },
  'procurement.order.direct': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#directOrderAction'],
    call: (a) => directOrder(a, x, {}),
  },
  'procurement.quote.submit': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/pengadaan/actions.ts#submitQuoteAction'],
    call: (a) => submitQuote(a, x, {}),
  },
  'procurement.award': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#awardAction'],
    call: (a) => awardQuote(a, x),
  },
  'procurement.order.accept': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/pengadaan/actions.ts#advanceOrderAction'],
    call: (a) => advanceOrder(a, x, 'accept'),
  },
  'procurement.order.pay': {
    allow: ['OPD_STAFF'],
    endpoints: [],
    call: (a) => advanceOrder(a, x, 'pay', {}),
  },
  'procurement.order.inspect': {
    allow: ['OPD_STAFF'],
    endpoints: [],
    call: (a) => advanceOrder(a, x, 'inspect', {}),
  },
  'procurement.rfq.cancel': {
    allow: ['OPD_STAFF'],
    endpoints: ['app/pengadaan/actions.ts#cancelRfqAction'],
    call: (a) => cancelRfq(a, x, {}),
  },
  'procurement.order.sign': {
    allow: ['OPD_STAFF', 'MSME_OWNER'],
    endpoints: [],
    call: (a) => advanceOrder(a, x, 'sign'),
  },
  'procurement.order.read': {
    allow: ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN'],
    endpoints: ['app/api/pengadaan/dokumen/[id]/route.ts#GET'],
    call: (a) => getOrder(a, x),
  },
  'program.document.read': {
    allow: ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN'],
    endpoints: ['app/api/program/dokumen/[id]/route.ts#GET'],
    call: (a) => programDocumentFile(a, x),
  },
  'procurement.report': {
    allow: ['OPD_STAFF', 'DINAS_ADMIN'],
    endpoints: ['app/api/laporan/opd/route.ts#GET'],
    call: async (a) => {
      const { authorize } = await import('@/lib/auth/actor');
      authorize(a, ['OPD_STAFF', 'DINAS_ADMIN']);
      return opdSpendingFor('x');
    },
  },
  'channel.request': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/kanal-actions.ts#requestListingAction'],
    call: (a) => requestListing(a, {}),
  },
  'channel.move': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/kanal-actions.ts#moveListingAction'],
    call: (a) => moveListing(a, x, {}),
  },
  'channel.confirm': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/kanal-actions.ts#confirmRequirementAction'],
    call: (a) => confirmRequirement(a, x, 'GS1', true),
  },
  'channel.bulk': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/kanal-actions.ts#bulkMoveAction'],
    call: (a) => bulkMove(a, [], {}),
  },
  'channel.partner.update': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/kanal/mitra/actions.ts#updatePartnerAction'],
    call: (a) => updatePartner(a, x, {}),
  },
  'channel.requirement.set': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/kanal/mitra/actions.ts#setRequirementAction'],
    call: (a) => setRequirement(a, x, {}),
  },
  'channel.requirement.remove': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/kanal/mitra/actions.ts#removeRequirementAction'],
    call: (a) => removeRequirement(a, x, 'GS1'),
  },
  'channel.acceptance.import': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/kanal/mitra/actions.ts#importAcceptanceAction'],
    call: (a) => importAcceptance(a, x, null),
  },
  'channel.acceptance.template': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/kanal/mitra/[id]/templat/route.ts#GET'],
    call: (a) => acceptanceTemplate(a, x),
  },
  'mail.outbox': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => listOutbox(a) },
  'user.disable': {
    allow: ['DINAS_ADMIN'],
    endpoints: [
      'app/dinas/pengguna/actions.ts#setAccountDisabledAction',
      'app/dinas/umkm/[id]/actions.ts#setOwnerDisabledAction',
    ],
    call: (a) => setAccountDisabled(a, x, { disabled: 'true' }),
  },
  'user.access.change': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/pengguna/actions.ts#changeStaffAccessAction'],
    call: (a) => changeStaffAccess(a, x, { role: 'DINAS_ADMIN' }),
  },
  'user.password.link': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/pengguna/actions.ts#sendStaffPasswordLinkAction'],
    call: (a) => sendStaffPasswordLink(a, x),
  },
  'msme.owner.invite': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/umkm/[id]/actions.ts#inviteOwnerAction'],
    call: (a) => inviteMsmeOwner(a, x, { email: 'pemilik@test.local', name: 'Pemilik' }),
  },
  'audit.view': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/audit/ekspor/route.ts#GET'],
    call: (a) => searchAuditLog(a, auditFilterSchema.parse({ action: 'zzz' })),
  },
  'audit.export': {
    allow: ['DINAS_ADMIN'],
    endpoints: [],
    call: (a) => auditExportRows(a, auditFilterSchema.parse({ action: 'zzz' })),
  },
  'channel.funnel': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/api/laporan/kanal/route.ts#GET'],
    call: (a) => channelFunnel(a),
  },
  'bazaar.create': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/bazar-actions.ts#createBazaarAction'],
    call: (a) => createBazaar(a, {}),
  },
  'bazaar.join': {
    allow: ['MSME_OWNER', 'DINAS_ADMIN'],
    endpoints: ['app/bazar-actions.ts#joinBazaarAction'],
    call: (a) => joinBazaar(a, x),
  },
  'bazaar.booth': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/bazar-actions.ts#assignBoothAction'],
    call: (a) => assignBooth(a, x, x, x),
  },
  'bazaar.sales': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/bazar-actions.ts#recordSalesAction'],
    call: (a) => recordBazaarSales(a, x, { salesIdr: '1' }),
  },
  'program.create': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#createProgramAction'],
    call: (a) => createProgram(a, {}),
  },
  'program.update': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#updateProgramAction'],
    call: (a) => updateProgram(a, x, {}),
  },
  'program.list': { allow: ['DINAS_ADMIN', 'OPD_STAFF'], endpoints: [], call: (a) => listPrograms(a) },
  'program.candidates': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: [],
    call: (a) => rankedCandidates(a, x),
  },
  'program.record': { allow: ['DINAS_ADMIN', 'OPD_STAFF'], endpoints: [], call: (a) => programRecord(a, x) },
  'program.nominate': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#nominateAction'],
    call: (a) => nominate(a, x, {}),
  },
  'program.application.decide': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#decideApplicationAction'],
    call: (a) => decideApplication(a, x, {}),
  },
  'program.overlap.override': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/program-actions.ts#overrideOverlapAction'],
    call: (a) => overrideOverlap(a, x, {}),
  },
  'program.overlap.dismiss': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/program-actions.ts#dismissOverlapAction'],
    call: (a) => dismissOverlap(a, x),
  },
  'program.overlap.list': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: [],
    call: (a) => overlapChecks(a),
  },
  'program.overlap.window': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/program-actions.ts#setOverlapWindowAction'],
    call: (a) => setOverlapWindow(a, {}),
  },
  'program.session.add': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#addSessionAction'],
    call: (a) => addSession(a, x, {}),
  },
  'program.attendance': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#recordAttendanceAction'],
    call: (a) => recordAttendance(a, x, {}),
  },
  'program.delivery': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: ['app/program-actions.ts#recordDeliveryAction'],
    call: (a) => recordDelivery(a, x, {}),
  },
  'program.apply': {
    allow: ['MSME_OWNER'],
    endpoints: ['app/program-actions.ts#applyToProgramAction'],
    call: (a) => applyToProgram(a, x, {}),
  },
  'program.owner.open': { allow: ['MSME_OWNER'], endpoints: [], call: (a) => openProgramsForOwner(a) },
  'program.owner.history': { allow: ['MSME_OWNER'], endpoints: [], call: (a) => ownerProgramHistory(a) },
  'msme.duplicate.decide': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/program-actions.ts#decideDuplicateAction'],
    call: (a) => decideDuplicate(a, {}),
  },
  'msme.duplicate.list': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => undecidedDuplicatePairs(a) },
  'coverage.dinas': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/cakupan/ekspor/route.ts#GET'],
    call: (a) => coverageForDinas(a),
  },
  'coverage.never-helped': { allow: ['DINAS_ADMIN'], endpoints: [], call: (a) => neverHelpedList(a) },
  'cooperative.create': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/koperasi/actions.ts#createCooperativeAction'],
    call: (a) => createCooperative(a, {}),
  },
  'cooperative.assess': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/koperasi/actions.ts#assessCooperativeAction'],
    call: (a) => assessCooperative(a, x, {}),
  },
  'cooperative.rat': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/koperasi/actions.ts#recordRatAction'],
    call: (a) => recordRat(a, x, {}),
  },
  'cooperative.member': {
    allow: ['DINAS_ADMIN'],
    endpoints: ['app/dinas/koperasi/actions.ts#addMemberAction'],
    call: (a) => addMember(a, x, {}),
  },
  'cooperative.import': {
    allow: ['DINAS_ADMIN'],
    endpoints: [
      'app/dinas/koperasi/actions.ts#importCooperativesAction',
      'app/dinas/koperasi/templat/route.ts#GET',
    ],
    call: (a) => importCooperatives(a, null, false),
  },
  'cooperative.list': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: [],
    call: (a) => listCooperatives(a),
  },
  'cooperative.read': {
    allow: ['DINAS_ADMIN', 'OPD_STAFF'],
    endpoints: [],
    call: (a) => getCooperative(a, x),
  },
};

function endpointsInApp() {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        const rel = path.relative(path.resolve(__dirname, '..'), full);
        if (text.startsWith("'use server'"))
          for (const m of text.matchAll(/export async function (\w+)/g)) found.push(`${rel}#${m[1]}`);
        if (entry.name === 'route.ts') {
          for (const m of text.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g))
            found.push(`${rel}#${m[1]}`);
          for (const m of text.matchAll(/handler as (GET|POST|PUT|PATCH|DELETE)/g))
            found.push(`${rel}#${m[1]}`);
        }
      }
    }
  };
  walk(path.resolve(__dirname, '../app'));
  return found.sort();
}

describe('authorization matrix', () => {
  it('has a row for every server action and route handler', () => {
    const covered = new Set([
      ...Object.keys(publicEndpoints),
      ...Object.values(matrix).flatMap((r) => r.endpoints),
    ]);
    const missing = endpointsInApp().filter((e) => !covered.has(e));
    expect(missing, 'add these to tests/authorization-matrix.test.ts').toEqual([]);
  });

  it('one router: nothing under pages/ (decision 021), so every page and route is in this matrix', () => {
    expect(fs.existsSync(path.resolve(__dirname, '../pages'))).toBe(false);
  });

  for (const [name, row] of Object.entries(matrix)) {
    it(`${name}: allowed for ${row.allow.join(', ')}; refused for the rest and for visitors`, async () => {
      const outcome = async (actor: Actor | null) => {
        try {
          await row.call(actor);
          return 'ran';
        } catch (error) {
          return error instanceof AccessDenied ? `denied ${error.status}` : 'ran';
        }
      };
      expect(await outcome(null)).toBe('denied 401');
      for (const role of ALL) {
        const actor = await demoActor(role);
        expect(await outcome(actor), `${name} as ${role}`).toBe(
          row.allow.includes(role) ? 'ran' : 'denied 403',
        );
      }
    });
  }
});
