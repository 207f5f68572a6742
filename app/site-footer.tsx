import { getT } from '@/lib/i18n/server';

export async function SiteFooter() {
  const t = await getT();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-slate-700">
        <p className="flex-1">{t('footer.about')}</p>
        <a href="/bazar" className="underline">Bazar UMKM</a>
        <a href="/transparansi" className="underline">Transparansi belanja OPD</a>
        <a href="/api/v1/openapi.json" className="underline">API publik</a>
        <a href="/api/health" className="underline">Status layanan</a>
      </div>
    </footer>
  );
}
