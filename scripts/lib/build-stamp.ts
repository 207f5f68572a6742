// `npm start` rebuilds only when the sources changed since the last build it made.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './app-env';

const inputs = [
  'app',
  'lib',
  'public',
  'messages',
  'prisma/schema.prisma',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
];
const distDir = () => path.join(projectRoot, process.env.NEXT_DIST_DIR || '.next');
const stampFile = () => path.join(distDir(), 'source-stamp');

function fingerprint() {
  const hash = crypto.createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(projectRoot, entry);
    if (!fs.existsSync(full) || entry.startsWith('lib/generated')) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex');
}

export function buildIsCurrent() {
  const file = stampFile();
  return (
    fs.existsSync(path.join(distDir(), 'BUILD_ID')) &&
    fs.existsSync(file) &&
    fs.readFileSync(file, 'utf8') === fingerprint()
  );
}

export function recordBuild() {
  fs.writeFileSync(stampFile(), fingerprint());
}
