type State = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;

export function FormMessage({ state }: { state: State }) {
  if (!state?.message) return null;
  return (
    <p
      data-testid={state.ok ? 'form-success' : 'form-error'}
      role="status"
      className={`rounded border p-3 text-sm ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-800'}`}
    >
      {state.message}
    </p>
  );
}

export function FieldError({ state, name }: { state: State; name: string }) {
  const messages = state?.fieldErrors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={`${name}-error`} className="field-error" data-testid={`error-${name}`}>
      {messages.join(' ')}
    </p>
  );
}
