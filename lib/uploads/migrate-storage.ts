// `npm run storage:migrate`: copies every file the disk driver holds into the bucket, so an
// installation that began on one machine can move to several instances. Safe to run again (and
// while the app runs): a key already in the bucket is skipped, since keys are never reused.
import type { DiskStorage, FileStorage } from './storage-drivers';

export type MigrationReport = { copied: number; skipped: number; failed: { key: string; reason: string }[] };

const contentType = (key: string) => (key.endsWith('.pdf') ? 'application/pdf' : 'image/webp');

export async function migrateStorage(
  from: DiskStorage,
  to: FileStorage,
  onProgress: (key: string, outcome: 'copied' | 'skipped' | 'failed') => void = () => {},
): Promise<MigrationReport> {
  const report: MigrationReport = { copied: 0, skipped: 0, failed: [] };
  for await (const key of from.keys()) {
    try {
      if (await to.has(key)) {
        report.skipped++;
        onProgress(key, 'skipped');
        continue;
      }
      const bytes = await from.get(key);
      if (!bytes) throw new Error('the file disappeared while copying');
      await to.put(key, bytes, contentType(key));
      report.copied++;
      onProgress(key, 'copied');
    } catch (error) {
      report.failed.push({ key, reason: error instanceof Error ? error.message : String(error) });
      onProgress(key, 'failed');
    }
  }
  return report;
}
