'use client';
import { useEffect, useRef } from 'react';
import { useT } from './locale-provider';

type State = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * The result of a form submit. Each new result takes the focus (so the page scrolls to it, which on
 * a phone may be far above the button) and is announced by screen readers (role="alert").
 */
export function FormMessage({ state }: { state: State }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const t = useT();
  useEffect(() => {
    if (!state?.message || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [state]);
  if (!state?.message) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      data-testid={state.ok ? 'form-success' : 'form-error'}
      role="alert"
      className={`scroll-mt-24 rounded border p-3 text-sm outline-none focus:ring-2 focus:ring-brand-600 ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-800'}`}
    >
      {t(state.message)}
    </p>
  );
}

export function FieldError({ state, name }: { state: State; name: string }) {
  const messages = state?.fieldErrors?.[name];
  const t = useT();
  if (!messages?.length) return null;
  return (
    <p id={`${name}-error`} className="field-error" data-testid={`error-${name}`}>
      {messages.map((m) => t(m)).join(' ')}
    </p>
  );
}
