'use client';
import { startTransition, useActionState, useEffect, useRef } from 'react';

type State = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * useActionState for forms that keep what the user typed: a `<form action>` resets its fields after
 * every submission, which would wipe a form that comes back with field errors. With `resetOnSuccess`
 * the fields empty after a success, for forms that add one item after another (a need, a session).
 */
export function useFormAction<S extends State>(
  action: (prev: S | null, form: FormData) => Promise<S>,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (resetOnSuccess && state?.ok) form.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.current = event.currentTarget;
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
