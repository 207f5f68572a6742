'use client';
import { FieldError, FormMessage } from './form-feedback';
import { useT } from './locale-provider';
import { useFormAction } from './use-form-action';
import type { ActionResult } from '@/lib/server/action';

/** The photo upload used by products and premises: content is checked on the server. */
export function PhotoUploadForm({
  id,
  action,
  hidden = {},
}: {
  id: string;
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;
  hidden?: Record<string, string>;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={id} className="label">
          {t('Tambah foto (JPEG/PNG/WebP, langsung dari kamera ponsel pun bisa)')}
        </label>
        <input
          id={id}
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="text-sm"
        />
        <FieldError state={state} name="photo" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('Unggah')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
