import type { MessageKey } from '@/lib/i18n/messages';
import type { Role } from '@/lib/auth/roles';

// Navigation per role.
export const roleNav: Record<Role, { href: string; label: MessageKey }[]> = {
  DINAS_ADMIN: [
    { href: '/dinas', label: 'nav.dashboard' },
    { href: '/dinas/verifikasi', label: 'nav.dinas.verification' },
    { href: '/dinas/umkm', label: 'nav.dinas.registry' },
    { href: '/dinas/impor', label: 'nav.dinas.import' },
    { href: '/dinas/kanal', label: 'nav.dinas.channels' },
    { href: '/dinas/bazar', label: 'nav.bazaar' },
    { href: '/dinas/program', label: 'nav.dinas.programs' },
    { href: '/dinas/koperasi', label: 'nav.dinas.cooperatives' },
    { href: '/dinas/cakupan', label: 'nav.dinas.coverage' },
    { href: '/dinas/laporan', label: 'nav.dinas.report' },
    { href: '/dinas/pengguna', label: 'nav.dinas.users' },
    { href: '/dinas/audit', label: 'nav.dinas.audit' },
  ],
  OPD_STAFF: [
    { href: '/opd', label: 'nav.dashboard' },
    { href: '/opd/kegiatan', label: 'nav.opd.events' },
    { href: '/opd/program', label: 'nav.opd.programs' },
  ],
  MSME_OWNER: [
    { href: '/umkm', label: 'nav.dashboard' },
    { href: '/umkm/profil', label: 'nav.umkm.profile' },
    { href: '/umkm/produk', label: 'nav.umkm.products' },
    { href: '/umkm/pesanan', label: 'nav.umkm.orders' },
    { href: '/umkm/pengadaan', label: 'nav.umkm.procurement' },
    { href: '/umkm/kanal', label: 'nav.umkm.channels' },
    { href: '/umkm/bazar', label: 'nav.bazaar' },
    { href: '/umkm/program', label: 'nav.umkm.programs' },
  ],
  SHOPPER: [
    { href: '/akun', label: 'nav.shopper.orders' },
    { href: '/keranjang', label: 'nav.cart' },
  ],
};
