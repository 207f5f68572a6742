// Place names as people type them: "Tanjung Sari" for Tanjungsari, "Kec. Medan Kota", "medan-kota".
// A name that matches once spaces, punctuation and a "Kecamatan"/"Kelurahan" prefix are ignored,
// or is one or two letters off, is taken (and the caller reports how it was read); anything else
// is refused with the closest name as a suggestion.

const compact = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*(kecamatan|kelurahan|kec\.?|kel\.?|desa)\s+/, '')
    .replace(/[^a-z0-9]/g, '');

function distance(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length];
}

export type PlaceMatch<T> = { found: T; exact: boolean } | { found: null; suggestion: T | null };

/** The place `input` names among `places`, forgiving spacing, case, prefixes and a typo or two. */
export function matchPlace<T extends { name: string }>(input: string, places: T[]): PlaceMatch<T> {
  const typed = compact(input);
  if (!typed) return { found: null, suggestion: null };
  const exact = places.find((p) => p.name.trim().toLowerCase() === input.trim().toLowerCase());
  if (exact) return { found: exact, exact: true };
  const same = places.find((p) => compact(p.name) === typed);
  if (same) return { found: same, exact: false };
  const ranked = places.map((p) => ({ p, d: distance(compact(p.name), typed) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  if (!best) return { found: null, suggestion: null };
  // Close enough to be the same name mistyped, and clearly closer than the runner-up.
  const tolerance = Math.min(2, Math.floor(typed.length / 5));
  if (best.d <= tolerance && (ranked[1]?.d ?? Infinity) > best.d) return { found: best.p, exact: false };
  return { found: null, suggestion: best.d <= Math.max(3, Math.floor(typed.length / 3)) ? best.p : null };
}
