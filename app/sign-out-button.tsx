import { signOutAction } from './sign-out-action';

// A plain form posting to a server action: no next-auth client code on every page.
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
