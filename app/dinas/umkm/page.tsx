import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { REGISTRY_PAGE_SIZE, registryFilterSchema, searchRegistry } from '@/lib/msme/registry';
import { registrationChoices } from '@/lib/msme/reference';
import { getPhrases } from '@/lib/i18n/server';
import { sizeLabel } from '@/lib/format/labels';

export const metadata: Metadata = { title: 'Registri UMKM' };
const statuses = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  VERIFIED: 'Binaan',
  NEEDS_CHANGES: 'Perlu perbaikan',
  SUSPENDED: 'Dibekukan',
} as const;

export default async function RegistryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/umkm');
  const raw = await searchParams;
  const filter = registryFilterSchema.parse(raw);
  const [{ total, rows }, choices, t] = await Promise.all([
    searchRegistry(actor, filter),
    registrationChoices(),
    getPhrases(),
  ]);
  const query = new URLSearchParams(
    Object.entries(raw).filter(([k, v]) => k !== 'page' && v) as [string, string][],
  );
  const pages = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('Registri UMKM')}</h1>
        <div className="flex gap-2">
          <Link href="/dinas/impor" className="btn-secondary">
            {t('Impor pendataan')}
          </Link>
          <a href={`/dinas/umkm/ekspor?${query}&format=csv`} className="btn-secondary">
            {t('Ekspor CSV')}
          </a>
          <a href={`/dinas/umkm/ekspor?${query}&format=xlsx`} className="btn-secondary">
            {t('Ekspor XLSX')}
          </a>
        </div>
      </div>
      <form className="card grid gap-3 sm:grid-cols-3 lg:grid-cols-7" role="search">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">
            {t('Nama, pemilik, atau NIB')}
          </label>
          <input id="q" name="q" defaultValue={filter.q ?? ''} className="input" />
        </div>
        <div>
          <label htmlFor="kecamatan" className="label">
            {t('Kecamatan')}
          </label>
          <select id="kecamatan" name="kecamatan" defaultValue={filter.kecamatan ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            {choices.kecamatan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="label">
            {t('Kategori')}
          </label>
          <select id="category" name="category" defaultValue={filter.category ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            {choices.categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="size" className="label">
            {t('Skala')}
          </label>
          <select id="size" name="size" defaultValue={filter.size ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            {Object.entries(sizeLabel).map(([v, l]) => (
              <option key={v} value={v}>
                {t(l)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="label">
            {t('Status')}
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            {Object.entries(statuses).map(([v, l]) => (
              <option key={v} value={v}>
                {t(l)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cert" className="label">
            {t('Sertifikat berlaku')}
          </label>
          <select id="cert" name="cert" defaultValue={filter.cert ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            <option value="HALAL">{t('Halal')}</option>
            <option value="PIRT">P-IRT</option>
            <option value="BPOM_MD">BPOM MD</option>
            <option value="BPOM_ML">BPOM ML</option>
          </select>
        </div>
        <div className="sm:col-span-3 lg:col-span-7">
          <button type="submit" className="btn">
            {t('Terapkan filter')}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-700" data-testid="registry-total">
        {t('{count} UMKM', { count: total })}
      </p>
      <table className="w-full bg-white text-sm" data-testid="registry-table">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">{t('Nama usaha')}</th>
            <th className="p-2">{t('Pemilik')}</th>
            <th className="p-2">NIB</th>
            <th className="p-2">{t('Kecamatan')}</th>
            <th className="p-2">{t('Kategori')}</th>
            <th className="p-2">{t('Skala')}</th>
            <th className="p-2">{t('Status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t">
              <td className="p-2">
                <Link href={`/dinas/umkm/${r.id}`} className="text-brand-700 underline">
                  {r.name}
                </Link>
              </td>
              <td className="p-2">{r.ownerName}</td>
              <td className="p-2">{r.nib ?? '—'}</td>
              <td className="p-2">{r.kecamatan?.name ?? '—'}</td>
              <td className="p-2">{r.category?.name ?? '—'}</td>
              <td className="p-2">{t(sizeLabel[r.size])}</td>
              <td className="p-2">{t(statuses[r.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label={t('Halaman')} className="flex gap-2 text-sm">
          {filter.page > 1 && (
            <Link href={`/dinas/umkm?${query}&page=${filter.page - 1}`} className="btn-secondary">
              {t('Sebelumnya')}
            </Link>
          )}
          <span className="self-center">
            {t('Halaman {page} dari {pages}', { page: filter.page, pages })}
          </span>
          {filter.page < pages && (
            <Link href={`/dinas/umkm?${query}&page=${filter.page + 1}`} className="btn-secondary">
              {t('Berikutnya')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
