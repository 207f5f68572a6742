import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ownerBazaars } from '@/lib/channels/bazaars';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { ApplyForm, SalesForm } from './bazaar-owner-forms';

export const metadata: Metadata = { title: 'Bazar' };

export default async function OwnerBazaarsPage() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm/bazar');
  if (!actor.msmeId) return <p className="card">Daftarkan usaha Anda terlebih dahulu.</p>;
  const { open, mine } = await ownerBazaars(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Bazar &amp; pameran</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Bazar yang bisa diikuti</h2>
        {open.length === 0 && <p className="card">Belum ada bazar baru.</p>}
        {open.map((b) => (
          <div key={b.id} className="card flex flex-wrap items-center justify-between gap-2">
            <span>
              {b.name} · {formatWib(b.startsAt)} · {b.venue}
            </span>
            <ApplyForm bazaarId={b.id} />
          </div>
        ))}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Bazar saya</h2>
        {mine.map((m) => (
          <div key={m.id} className="card space-y-1">
            <p>
              {m.bazaar.name} · {formatWib(m.bazaar.startsAt)} · stan {m.booth?.code ?? 'belum ditetapkan'} ·
              omzet {m.salesIdr === null ? '—' : formatRupiah(m.salesIdr)}
            </p>
            {m.status === 'ACCEPTED' && m.started && <SalesForm bazaarId={m.bazaar.id} />}
          </div>
        ))}
      </section>
    </div>
  );
}
