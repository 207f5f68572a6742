import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listPartners } from '@/lib/channels/partners';
import { getPhrases } from '@/lib/i18n/server';
import { PartnerCard } from './partner-forms';

export const metadata: Metadata = { title: 'Mitra kanal' };

export default async function PartnersPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/kanal/mitra');
  const [partners, t] = await Promise.all([listPartners(actor), getPhrases()]);
  return (
    <div className="space-y-4">
      <Link href="/dinas/kanal" className="text-sm underline">
        ← {t('Onboarding kanal')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('Mitra e-commerce & ritel modern')}</h1>
      {partners.map((p) => (
        <PartnerCard key={p.id} partner={p} />
      ))}
    </div>
  );
}
