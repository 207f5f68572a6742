import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { storefront } from '@/lib/catalog/product-page';
import { ProductCardView } from '@/app/components/product-card';
import { getPhrases } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [msme, t] = await Promise.all([storefront((await params).slug), getPhrases()]);
  return msme
    ? {
        title: msme.name,
        description: msme.description ?? t('{name}, UMKM binaan Kota Medan.', { name: msme.name }),
      }
    : { title: t('UMKM tidak ditemukan') };
}

export default async function StorefrontPage({ params }: Props) {
  const [msme, t] = await Promise.all([storefront((await params).slug), getPhrases()]);
  if (!msme) notFound();
  return (
    <div className="space-y-6">
      <header className="card space-y-1">
        <h1 className="text-2xl font-semibold" translate="no">
          {msme.name}
        </h1>
        <p className="text-slate-700">
          {msme.category?.name} · {t('Kecamatan {name}', { name: msme.kecamatan?.name ?? '—' })}
          {msme.yearFounded ? ` · ${t('sejak {year}', { year: msme.yearFounded })}` : ''}
        </p>
        {msme.description && <p translate="no">{msme.description}</p>}
        <p className="text-sm">
          {t('UMKM binaan Dinas Koperasi UKM Kota Medan')}
          {msme.certifications.length
            ? ` · ${msme.certifications.map((c) => c.type.replace('_', ' ')).join(', ')}`
            : ''}
        </p>
        {msme.whatsapp && (
          <a
            href={`https://wa.me/${msme.whatsapp}`}
            className="text-brand-700 underline"
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('Hubungi lewat WhatsApp')}
          </a>
        )}
      </header>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {msme.products.map((p) => (
          <ProductCardView
            key={p.id}
            product={{ ...p, msme: { name: msme.name, kecamatan: msme.kecamatan } }}
            t={t}
          />
        ))}
      </ul>
    </div>
  );
}
