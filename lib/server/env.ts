import 'server-only';
import { parseEnv } from '@/lib/config/env-schema';

/** Validated configuration for server code. Nothing else reads process.env. */
export const env = parseEnv(process.env);
