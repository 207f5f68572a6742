import type { Role } from '@/lib/generated/prisma/enums';
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: Role;
      msmeId: string | null;
      opdId: string | null;
    };
    /** When the user signed in (ms); a password reset after it ends the session. */
    signedInAt: number;
  }
  interface User {
    id: string;
    role: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: string;
    role: Role;
    msmeId: string | null;
    opdId: string | null;
    signedInAt: number;
  }
}
