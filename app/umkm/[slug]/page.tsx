import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { storefront } from '@/lib/catalog/product-page';
import { ProductCardView } from '@/app/components/product-card';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const msme = await storefront((await params).slug);
  return msme
    ? { title: msme.name, description: msme.description ?? `${msme.name}, UMKM binaan Kota Medan.` }
    : { title: 'UMKM tidak ditemukan' };
}

export default async function StorefrontPage({ params }: Props) {
  const msme = await storefront((await params).slug);
  if (!msme) notFound();
  return (
    <div className="space-y-6">
      <header className="card space-y-1">
        <h1 className="text-2xl font-semibold">{msme.name}</h1>
        <p className="text-slate-700">
          {msme.category?.name} · Kecamatan {msme.kecamatan?.name ?? '—'}
          {msme.yearFounded ? ` · sejak ${msme.yearFounded}` : ''}
        </p>
        {msme.description && <p>{msme.description}</p>}
        <p className="text-sm">
          UMKM binaan Dinas Koperasi UKM Kota Medan
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
            Hubungi lewat WhatsApp
          </a>
        )}
      </header>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {msme.products.map((p) => (
          <ProductCardView
            key={p.id}
            product={{ ...p, msme: { name: msme.name, kecamatan: msme.kecamatan } }}
          />
        ))}
      </ul>
    </div>
  );
}
