import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { auditFilterSchema, searchAuditLog } from '@/lib/audit/viewer';
import { formatWib } from '@/lib/format/time';
import { roleLabel } from '@/lib/format/labels';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Log audit' };

type Search = Record<string, string | string[] | undefined>;
const single = (params: Search) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

/** What changed, in a line: the `after` (or `before`) values of the entry. */
function summary(entry: { before: unknown; after: unknown }) {
  const values = (entry.after ?? entry.before) as Record<string, unknown> | null;
  if (!values || typeof values !== 'object') return '';
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/audit');
  const raw = single(await searchParams);
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const [{ rows, nextBefore }, t] = await Promise.all([searchAuditLog(actor, filter), getPhrases()]);
  const query = new URLSearchParams(
    Object.entries(raw).filter((e): e is [string, string] => !!e[1] && e[0] !== 'before'),
  );
  const field = (name: string, label: string, placeholder = '') => (
    <div>
      <label htmlFor={`f-${name}`} className="label">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        defaultValue={raw[name] ?? ''}
        placeholder={placeholder}
        className="input"
      />
    </div>
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Log audit')}</h1>
      <p className="text-sm text-slate-700">
        {t(
          'Setiap perubahan data dan setiap tampilan data pribadi tercatat di sini. Log tidak dapat diubah atau dihapus.',
        )}
      </p>
      <form method="get" className="card grid gap-3 sm:grid-cols-3">
        {field('actor', t('Pelaku (nama atau email)'))}
        {field('action', t('Tindakan'), t('mis. msme.nik.reveal atau user.'))}
        {field('entityType', t('Jenis data'), t('mis. Msme, User'))}
        {field('entityId', t('ID data'))}
        {field('from', t('Dari tanggal'), t('hh/bb/tttt'))}
        {field('to', t('Sampai tanggal'), t('hh/bb/tttt'))}
        {!parsed.success && (
          <p className="field-error sm:col-span-3" role="alert">
            {parsed.error.issues.map((i) => t(i.message)).join(' ')}
          </p>
        )}
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" className="btn">
            {t('Terapkan filter')}
          </button>
          <a href={`/dinas/audit/ekspor?${query}`} className="btn-secondary">
            {t('Ekspor CSV')}
          </a>
          <a href={`/dinas/audit/ekspor?${query}${query ? '&' : ''}format=xlsx`} className="btn-secondary">
            {t('Ekspor XLSX')}
          </a>
        </div>
      </form>
      <table className="w-full bg-white text-sm" data-testid="audit-table">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">{t('Waktu (WIB)')}</th>
            <th className="p-2">{t('Pelaku')}</th>
            <th className="p-2">{t('Tindakan')}</th>
            <th className="p-2">{t('Data')}</th>
            <th className="p-2">{t('Rincian')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t align-top">
              <td className="whitespace-nowrap p-2">{formatWib(r.at, true, t.locale)}</td>
              <td className="p-2">
                {r.actor ? `${r.actor.name} (${r.actor.email})` : t('sistem')}
                {r.actorRole ? ` · ${t(roleLabel(r.actorRole))}` : ''}
              </td>
              <td className="p-2 font-mono text-xs">{r.action}</td>
              <td className="p-2 text-xs">
                {r.entityType} {r.entityId}
              </td>
              <td className="p-2 text-xs" translate="no">
                {summary(r)}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="p-4 text-center text-slate-600">
                {t('Tidak ada catatan untuk filter ini.')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {nextBefore && (
        <a
          href={`/dinas/audit?${new URLSearchParams([...query, ['before', nextBefore]])}`}
          className="btn-secondary"
        >
          {t('Catatan lebih lama')}
        </a>
      )}
    </div>
  );
}
