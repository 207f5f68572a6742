'use client';
import { assignBoothAction, joinBazaarAction } from '@/app/bazar-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function InviteForm({ bazaarId, msmes }: { bazaarId: string; msmes: { id: string; name: string }[] }) {
  const [state, onSubmit, pending] = useFormAction(joinBazaarAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <div>
        <label htmlFor="invite-msme" className="label">
          {t('Undang UMKM')}
        </label>
        <select id="invite-msme" name="msmeId" className="input">
          {msmes.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="msmeId" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('Undang')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function AssignBoothForm({
  bazaarId,
  participantId,
  msmeName,
  booths,
}: {
  bazaarId: string;
  participantId: string;
  msmeName: string;
  booths: { id: string; code: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(assignBoothAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2" noValidate>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <input type="hidden" name="participantId" value={participantId} />
      <label className="sr-only" htmlFor={`booth-${participantId}`}>
        {t('Stan untuk {name}', { name: msmeName })}
      </label>
      <select id={`booth-${participantId}`} name="boothId" className="input w-24">
        {booths.map((b) => (
          <option key={b.id} value={b.id}>
            {b.code}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="btn-secondary px-2 py-1 text-sm"
        disabled={pending || booths.length === 0}
      >
        {t('Tetapkan')}
      </button>
      {state && !state.ok && <span className="text-sm text-red-800">{t(state.message)}</span>}
    </form>
  );
}
