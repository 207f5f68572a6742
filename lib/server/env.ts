import 'server-only';
import { parseEnv } from '@/lib/config/env-schema';

/** Validated configuration for server code. Nothing else reads process.env. */
export const env = parseEnv(process.env);

/**
 * The app's public address, without a trailing slash: NEXTAUTH_URL, else this machine. Never taken
 * from a request's Host header, which anyone can forge (a reset link would carry its token away).
 */
export const publicOrigin = () => env.NEXTAUTH_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`;
