'use client';
import { FormMessage } from './form-feedback';
import { useFormAction } from './use-form-action';
import { useT } from './locale-provider';

type Result = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A form whose fields are rendered by a server component (children) and whose result, with every
 * field's error, shows above the button: for the many small forms of a page (decide, record, tick).
 */
export function ActionForm({
  action,
  hidden = {},
  submit,
  submitClass = 'btn',
  className = 'space-y-2',
  children,
  testId,
  buttons,
  resetOnSuccess = false,
}: {
  action: (prev: Result | null, form: FormData) => Promise<Result>;
  hidden?: Record<string, string>;
  submit?: string;
  submitClass?: string;
  className?: string;
  children?: React.ReactNode;
  testId?: string;
  /** Several submit buttons (name/value pairs), instead of one. */
  buttons?: { name: string; value: string; label: string; className?: string }[];
  /** Empty the fields after a success (forms that add one item after another). */
  resetOnSuccess?: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action, { resetOnSuccess });
  const t = useT();
  const errors = Object.values(state?.fieldErrors ?? {})
    .flat()
    .filter((m) => !state?.message.includes(m));
  return (
    <form onSubmit={onSubmit} className={className} noValidate data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <FormMessage state={state} />
      {!state?.ok && errors.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-red-800" data-testid="form-errors">
          {errors.map((m, i) => (
            <li key={i}>{t(m)}</li>
          ))}
        </ul>
      )}
      {buttons ? (
        <div className="flex flex-wrap gap-2">
          {buttons.map((b) => (
            <button
              key={b.value}
              type="submit"
              name={b.name}
              value={b.value}
              className={b.className ?? 'btn'}
              disabled={pending}
            >
              {b.label}
            </button>
          ))}
        </div>
      ) : (
        submit && (
          <button type="submit" className={submitClass} disabled={pending}>
            {submit}
          </button>
        )
      )}
    </form>
  );
}
