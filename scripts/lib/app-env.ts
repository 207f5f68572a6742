// Resolves the environment that npm start / dev / db:* run with: .env if present, generated secrets
// for the embedded default (kept in .data/secrets.json so sessions and encrypted data survive
// restarts), then the zod check that names any bad variable.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv, type Env } from '../../lib/config/env-schema';
import { FriendlyError } from './friendly-error';

export const projectRoot = path.resolve(__dirname, '../..');
export const dataRoot = path.join(projectRoot, '.data');

export function loadAppEnv(): Env {
  const dotenv = path.join(projectRoot, '.env');
  if (fs.existsSync(dotenv)) process.loadEnvFile(dotenv);
  const secretsFile = path.join(dataRoot, 'secrets.json');
  let secrets: Record<string, string> = {};
  if (fs.existsSync(secretsFile)) secrets = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
  let changed = false;
  for (const [name, make] of [
    ['NEXTAUTH_SECRET', () => crypto.randomBytes(32).toString('base64url')],
    ['PII_ENCRYPTION_KEY', () => crypto.randomBytes(32).toString('hex')],
  ] as const) {
    if (process.env[name]) continue;
    if (!secrets[name]) {
      secrets[name] = make();
      changed = true;
    }
    process.env[name] = secrets[name];
  }
  if (changed) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  try {
    return parseEnv(process.env);
  } catch (error) {
    throw new FriendlyError((error as Error).message);
  }
}
