// What each notification says, in Bahasa Indonesia and English: the in-app title and the email.
// Params are plain values recorded with the notification, so a reader sees it in their language.
import type { Locale } from '@/lib/i18n/messages';

export type Params = Record<string, string>;
type Text = { title: (p: Params) => string; body: (p: Params) => string };

const kinds = {
  'rfq.received': {
    id: {
      title: (p) => `Permintaan penawaran dari ${p.opd}: ${p.need}`,
      body: (p) =>
        `${p.opd} meminta penawaran untuk ${p.need} (${p.quantity}) pada kegiatan ${p.event}. Batas penawaran ${p.deadline}.`,
    },
    en: {
      title: (p) => `Request for quotation from ${p.opd}: ${p.need}`,
      body: (p) =>
        `${p.opd} asks for a quotation for ${p.need} (${p.quantity}) for the event ${p.event}. Deadline ${p.deadline}.`,
    },
  },
  'rfq.reminder': {
    id: {
      title: (p) => `12 jam lagi: penawaran ${p.need} untuk ${p.opd}`,
      body: (p) => `Anda belum mengirim penawaran untuk ${p.need}. Batasnya ${p.deadline}.`,
    },
    en: {
      title: (p) => `12 hours left: quotation for ${p.need} to ${p.opd}`,
      body: (p) => `You have not sent a quotation for ${p.need} yet. The deadline is ${p.deadline}.`,
    },
  },
  'rfq.cancelled': {
    id: { title: (p) => `Permintaan ${p.need} dibatalkan`, body: (p) => `${p.opd} membatalkan: ${p.reason}` },
    en: {
      title: (p) => `Request for ${p.need} cancelled`,
      body: (p) => `${p.opd} cancelled it: ${p.reason}`,
    },
  },
  'quote.awarded': {
    id: {
      title: (p) => `Penawaran Anda menang: ${p.need}`,
      body: (p) =>
        `${p.opd} menerbitkan Surat Pesanan ${p.number} senilai ${p.total}. Terima atau tolak pesanannya.`,
    },
    en: {
      title: (p) => `Your quotation won: ${p.need}`,
      body: (p) => `${p.opd} issued purchase order ${p.number} worth ${p.total}. Accept or decline it.`,
    },
  },
  'quote.lost': {
    id: {
      title: (p) => `Penawaran ${p.need} dimenangkan UMKM lain`,
      body: (p) => `Harga pemenang ${p.price}. Lihat peringkat penawaran Anda.`,
    },
    en: {
      title: (p) => `Another UMKM won the request for ${p.need}`,
      body: (p) => `The winning price was ${p.price}. See your quotation's rank.`,
    },
  },
  'order.step': {
    id: {
      title: (p) => `Surat Pesanan ${p.number}: ${p.step}`,
      body: (p) => `Pesanan ${p.number} (${p.event}) ${p.step}.`,
    },
    en: {
      title: (p) => `Purchase order ${p.number}: ${p.stepEn}`,
      body: (p) => `Order ${p.number} (${p.event}) ${p.stepEn}.`,
    },
  },
  'shop.placed': {
    id: {
      title: (p) => `Pesanan baru ${p.number}`,
      body: (p) => `${p.items} · ${p.total}. Konfirmasi pesanannya.`,
    },
    en: { title: (p) => `New order ${p.number}`, body: (p) => `${p.items} · ${p.total}. Please confirm it.` },
  },
  'shop.status': {
    id: {
      title: (p) => `Pesanan ${p.number}: ${p.status}`,
      body: (p) => `Pesanan Anda di ${p.msme} ${p.status}.`,
    },
    en: {
      title: (p) => `Order ${p.number}: ${p.statusEn}`,
      body: (p) => `Your order at ${p.msme}: ${p.statusEn}.`,
    },
  },
  'registration.submitted': {
    id: { title: (p) => `Pendaftaran baru: ${p.msme}`, body: (p) => `${p.msme} mengajukan verifikasi.` },
    en: { title: (p) => `New registration: ${p.msme}`, body: (p) => `${p.msme} asked to be verified.` },
  },
  'registration.returned': {
    id: {
      title: (p) => `Pendaftaran ${p.msme} perlu diperbaiki`,
      body: (p) => `Catatan Dinas: ${p.note}`,
    },
    en: {
      title: (p) => `Registration of ${p.msme} needs changes`,
      body: (p) => `The Dinas notes: ${p.note}`,
    },
  },
  'registration.verified': {
    id: {
      title: (p) => `${p.msme} terverifikasi sebagai UMKM binaan`,
      body: () => 'Produk Anda kini tampil di katalog dan dapat diundang OPD.',
    },
    en: {
      title: (p) => `${p.msme} is verified as a supported UMKM`,
      body: () => 'Your products now show in the catalogue and OPDs can invite you.',
    },
  },
  'channel.stage': {
    id: {
      title: (p) => `${p.product} di ${p.partner}: ${p.stage}`,
      body: (p) =>
        `Tahap listing ${p.product} di ${p.partner} kini ${p.stage}.${p.reason ? ` Catatan: ${p.reason}` : ''}`,
    },
    en: {
      title: (p) => `${p.product} on ${p.partner}: ${p.stageEn}`,
      body: (p) =>
        `The listing of ${p.product} on ${p.partner} is now ${p.stageEn}.${p.reason ? ` Note: ${p.reason}` : ''}`,
    },
  },
  'bazaar.invited': {
    id: {
      title: (p) => `Undangan bazar: ${p.bazaar}`,
      body: (p) => `Dinas mengundang ${p.msme} ikut ${p.bazaar}, ${p.when}.`,
    },
    en: {
      title: (p) => `Bazaar invitation: ${p.bazaar}`,
      body: (p) => `The Dinas invites ${p.msme} to ${p.bazaar}, ${p.when}.`,
    },
  },
  'bazaar.booth': {
    id: {
      title: (p) => `Stan ${p.booth} di ${p.bazaar}`,
      body: (p) => `Anda mendapat stan ${p.booth} di ${p.bazaar}.`,
    },
    en: {
      title: (p) => `Booth ${p.booth} at ${p.bazaar}`,
      body: (p) => `You have booth ${p.booth} at ${p.bazaar}.`,
    },
  },
  'program.admitted': {
    id: {
      title: (p) => `Anda penerima ${p.program}`,
      body: (p) => `${p.opd} menetapkan ${p.msme} sebagai penerima ${p.program}.`,
    },
    en: {
      title: (p) => `You are a recipient of ${p.program}`,
      body: (p) => `${p.opd} selected ${p.msme} as a recipient of ${p.program}.`,
    },
  },
  'program.declined': {
    id: { title: (p) => `Pengajuan ${p.program} tidak diterima`, body: (p) => `Alasan: ${p.reason}` },
    en: { title: (p) => `Application to ${p.program} not accepted`, body: (p) => `Reason: ${p.reason}` },
  },
} satisfies Record<string, Record<Locale, Text>>;

export type NotificationKind = keyof typeof kinds;
export const notificationKinds = Object.keys(kinds) as NotificationKind[];

/** The kinds a person may turn off for email (in the app they always appear). */
export const kindLabels: Record<NotificationKind, string> = {
  'rfq.received': 'Permintaan penawaran masuk',
  'rfq.reminder': 'Pengingat 12 jam sebelum batas penawaran',
  'rfq.cancelled': 'Permintaan penawaran dibatalkan',
  'quote.awarded': 'Penawaran menang',
  'quote.lost': 'Penawaran tidak menang',
  'order.step': 'Langkah pesanan pengadaan (diterima, dikirim, BAST, dibayar)',
  'shop.placed': 'Pesanan toko baru',
  'shop.status': 'Status pesanan toko',
  'registration.submitted': 'Pendaftaran UMKM baru (Dinas)',
  'registration.returned': 'Pendaftaran dikembalikan untuk diperbaiki',
  'registration.verified': 'Pendaftaran terverifikasi',
  'channel.stage': 'Tahap listing e-commerce dan ritel modern',
  'bazaar.invited': 'Undangan bazar',
  'bazaar.booth': 'Stan bazar',
  'program.admitted': 'Ditetapkan sebagai penerima program',
  'program.declined': 'Pengajuan program tidak diterima',
};

export function renderNotification(kind: string, params: Params, locale: Locale) {
  const text = (kinds as Record<string, Record<Locale, Text>>)[kind]?.[locale];
  if (!text) return { title: kind, body: '' };
  return { title: text.title(params), body: text.body(params) };
}
