// OCDS validation against the official 1.1 schemas with the Bid extension applied (its release
// schema is a JSON Merge Patch, RFC 7396, onto the release schema). No app code: e2e uses it too.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const dir = path.join(__dirname, '../fixtures/ocds');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

type Json = unknown;
function mergePatch(target: Json, patch: Json): Json {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, Json> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

export function ocdsValidators() {
  const release = mergePatch(read('release-schema-1.1.json'), read('bid-release-schema.json'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(release as object);
  ajv.addSchema(read('versioned-release-validation-schema-1.1.json'));
  return {
    releasePackage: ajv.compile(read('release-package-schema-1.1.json')),
    recordPackage: ajv.compile(read('record-package-schema-1.1.json')),
  };
}
