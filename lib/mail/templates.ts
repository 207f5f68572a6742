// The emails the app sends, in the recipient's language (User.locale: the language they used last).
import type { Locale } from '@/lib/i18n/messages';

export type Mail = { subject: string; body: string };
const SIGNATURE = {
  id: 'Dinas Koperasi dan UKM Kota Medan',
  en: 'Medan City Cooperatives and SME Office (Dinas Koperasi dan UKM)',
};

export function passwordResetMail(locale: Locale, name: string, link: string): Mail {
  return locale === 'en'
    ? {
        subject: 'Reset your Etalase UMKM Medan password',
        body: `Hello ${name},\n\nSet a new password with this link (valid for 1 hour, single use):\n${link}\n\nIf you did not ask for it, ignore this email; your password has not changed.\n\n${SIGNATURE.en}`,
      }
    : {
        subject: 'Atur ulang kata sandi Etalase UMKM Medan',
        body: `Halo ${name},\n\nAtur ulang kata sandi Anda lewat tautan ini (berlaku 1 jam, sekali pakai):\n${link}\n\nJika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.\n\n${SIGNATURE.id}`,
      };
}

export function welcomeMail(locale: Locale, name: string, origin: string): Mail {
  return locale === 'en'
    ? {
        subject: 'Welcome to Etalase UMKM Medan',
        body: `Hello ${name},\n\nYour Etalase UMKM Medan account has been created. Sign in any time at ${origin}/masuk.\nIf you did not sign up, reply to this email or contact the office.\n\n${SIGNATURE.en}`,
      }
    : {
        subject: 'Selamat datang di Etalase UMKM Medan',
        body: `Halo ${name},\n\nAkun Etalase UMKM Medan Anda sudah dibuat. Masuk kapan saja di ${origin}/masuk.\nJika Anda tidak mendaftar, balas email ini atau hubungi Dinas Koperasi dan UKM Kota Medan.\n\n${SIGNATURE.id}`,
      };
}

export function signUpWithTakenEmailMail(locale: Locale, origin: string): Mail {
  return locale === 'en'
    ? {
        subject: 'Someone tried to sign up with your email',
        body: `Hello,\n\nSomeone just tried to create an Etalase UMKM Medan account with this email address, which already has one. Your account has not changed.\n\nIf it was you, sign in at ${origin}/masuk, or reset your password at ${origin}/lupa-sandi.\nIf it was not you, ignore this email.\n\n${SIGNATURE.en}`,
      }
    : {
        subject: 'Ada yang mencoba mendaftar dengan email Anda',
        body: `Halo,\n\nSeseorang baru saja mencoba membuat akun Etalase UMKM Medan dengan alamat email ini, yang sudah terdaftar. Akun Anda tidak berubah.\n\nJika itu Anda, silakan masuk di ${origin}/masuk, atau atur ulang kata sandi di ${origin}/lupa-sandi.\nJika bukan Anda, abaikan email ini.\n\n${SIGNATURE.id}`,
      };
}

/** Why a password-set link is sent: a new staff account, an owner invited to an imported UMKM, a new link. */
export type PasswordSetReason =
  | { kind: 'staff-created'; role: 'OPD_STAFF' | 'DINAS_ADMIN' }
  | { kind: 'owner-invited'; business: string }
  | { kind: 'new-link' };

export function passwordSetMail(
  locale: Locale,
  name: string,
  reason: PasswordSetReason,
  link: string,
  hours: number,
): Mail {
  if (locale === 'en') {
    const [subject, intro] =
      reason.kind === 'staff-created'
        ? [
            'Your Etalase UMKM Medan account',
            `The Medan City Cooperatives and SME Office has created ${reason.role === 'DINAS_ADMIN' ? 'a Dinas admin' : 'an OPD procurement staff'} account for you on Etalase UMKM Medan.`,
          ]
        : reason.kind === 'owner-invited'
          ? [
              `Manage ${reason.business} on Etalase UMKM Medan`,
              `The Medan City Cooperatives and SME Office invites you to manage the business data of ${reason.business} on Etalase UMKM Medan: business profile, products, city agency orders and aid programs.`,
            ]
          : [
              'Set the password of your Etalase UMKM Medan account',
              'A Dinas admin sent you a link to set the password of your account.',
            ];
    return {
      subject,
      body: `Hello ${name},\n\n${intro}\n\nCreate your password with this link (valid for ${hours} hours, single use):\n${link}\n\n${SIGNATURE.en}`,
    };
  }
  const [subject, intro] =
    reason.kind === 'staff-created'
      ? [
          'Akun Etalase UMKM Medan Anda',
          `Dinas Koperasi dan UKM Kota Medan membuat akun ${reason.role === 'DINAS_ADMIN' ? 'admin Dinas' : 'staf pengadaan OPD'} untuk Anda di Etalase UMKM Medan.`,
        ]
      : reason.kind === 'owner-invited'
        ? [
            `Kelola ${reason.business} di Etalase UMKM Medan`,
            `Dinas Koperasi dan UKM Kota Medan mengundang Anda mengelola data usaha ${reason.business} di Etalase UMKM Medan: profil usaha, produk, pesanan OPD, dan program bantuan.`,
          ]
        : [
            'Atur kata sandi akun Etalase UMKM Medan',
            'Admin Dinas Koperasi dan UKM Kota Medan mengirimkan tautan untuk mengatur kata sandi akun Anda.',
          ];
  return {
    subject,
    body: `Halo ${name},\n\n${intro}\n\nBuat kata sandi Anda lewat tautan ini (berlaku ${hours} jam, sekali pakai):\n${link}\n\n${SIGNATURE.id}`,
  };
}
