/**
 * A chart (an accessible SVG made on the server, lib/charts) with its figures in a table beside it
 * on a wide screen and under it on a phone. Prints with the page.
 */
export function ChartFigure({
  svg,
  caption,
  head,
  rows,
  testId,
  names = false,
}: {
  /** the categories are names people typed (programs, UMKM): not interface text to translate */
  names?: boolean;
  svg: string;
  caption: string;
  head: string[];
  rows: (string | number)[][];
  testId?: string;
}) {
  return (
    <figure className="card grid gap-4 break-inside-avoid lg:grid-cols-[3fr_2fr]" data-testid={testId}>
      <div
        className="min-w-0"
        data-chart
        translate={names ? 'no' : undefined}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div className="min-w-0 overflow-x-auto">
        <table className="w-full text-sm" data-testid={testId ? `${testId}-table` : undefined}>
          <caption className="pb-1 text-left font-medium">{caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {head.map((h) => (
                <th key={h} className="p-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])} className="border-t">
                {row.map((cell, i) => (
                  <td
                    key={i}
                    className={`p-1 ${i > 0 ? 'text-right tabular-nums' : ''}`}
                    translate={names && i === 0 ? 'no' : undefined}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
