// Small counts in public figures are hidden so no business can be singled out: any count under
// SMALL_COUNT becomes null ("<5"). Then complementary cells are hidden too, so a hidden count
// cannot be worked out from the others: in a row, helped + never helped = registered (the total is
// hidden then); in a column, the cells add up to the published city total.
export const SMALL_COUNT = 5;

export type Cell = number | null;

export function suppressCounts<R extends Record<string, number>>(
  rows: R[],
  opts: { columns: (keyof R)[]; rowSums?: { total: keyof R; parts: (keyof R)[] }[] },
): Record<keyof R, Cell>[] {
  const out = rows.map((r) => {
    const copy = { ...r } as Record<keyof R, Cell>;
    for (const c of opts.columns) if ((r[c] as number) < SMALL_COUNT) copy[c] = null;
    return copy;
  });
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const row of out) {
      for (const sum of opts.rowSums ?? []) {
        if (row[sum.total] === null) continue;
        // One hidden part would follow from the total and the other parts: hide the total rather
        // than another part, so "never helped" stays visible where few were helped.
        if (sum.parts.filter((p) => row[p] === null).length === 1) {
          row[sum.total] = null;
          changed = true;
        }
      }
    }
    for (const c of opts.columns) {
      const hidden = out.filter((r) => r[c] === null);
      if (hidden.length !== 1) continue;
      const candidates = out
        .map((r, i) => ({ r, value: rows[i][c] as number }))
        .filter((x) => x.r[c] !== null)
        .sort((a, b) => a.value - b.value);
      if (candidates[0]) {
        candidates[0].r[c] = null;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}
