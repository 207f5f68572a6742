'use client';
import { startTransition, useActionState } from 'react';

type State = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * useActionState for forms that keep what the user typed: a `<form action>` resets its fields after
 * every submission, which would wipe a form that comes back with field errors.
 */
export function useFormAction<S extends State>(action: (prev: S | null, form: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  return [state, onSubmit, pending] as const;
}
