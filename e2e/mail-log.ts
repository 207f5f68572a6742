// The mail the e2e server's SMTP server received (scripts/e2e-server.ts writes it, a line each).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const e2eMailLog = (port: string) => path.join(os.tmpdir(), `etalase-e2e-mail-${port}.jsonl`);
/** Every request the e2e server received (server/front-door.cjs writes it when ACCESS_LOG_FILE is set). */
export const e2eAccessLog = (port: string) => path.join(os.tmpdir(), `etalase-e2e-access-${port}.log`);

export type ReceivedMail = { to: string[]; raw: string; subject: string; text: string };

/** Every message received for `address`, decoded enough to read its subject and links. */
export function mailsTo(address: string, port = process.env.E2E_PORT ?? '3950'): ReceivedMail[] {
  const file = e2eMailLog(port);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string[]; raw: string })
    .filter((m) => m.to.includes(address.toLowerCase()) || m.to.includes(address))
    .map((m) => ({
      ...m,
      subject: /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(m.raw)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '',
      // quoted-printable soft breaks and "=" escapes, enough to read a URL
      text: m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
    }));
}
