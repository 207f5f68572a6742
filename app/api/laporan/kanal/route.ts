import { currentActor } from '@/lib/auth/actor';
import { channelFunnel } from '@/lib/channels/funnel';
import { toCsv } from '@/lib/spreadsheet/csv';
import { toXlsx } from '@/lib/spreadsheet/xlsx';
import { apiError } from '@/lib/server/api';
import { labelOf } from '@/lib/format/labels';
import { stageLabel } from '@/lib/channels/schema';

// The onboarding funnel as a file: listings per kecamatan, category and stage.
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const funnel = await channelFunnel(await currentActor(), { partner: params.get('partner') || undefined });
    const rows: (string | number)[][] = [
      ['Kecamatan', 'Kategori', 'Tahap', 'Jumlah listing'],
      ...funnel.byArea.map((r) => [r.kecamatan, r.category, labelOf(stageLabel, r.stage), r.n]),
    ];
    if (params.get('format') === 'xlsx') {
      return new Response(new Uint8Array(toXlsx(rows, 'Funnel kanal')), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="funnel-kanal.xlsx"',
        },
      });
    }
    return new Response(toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="funnel-kanal.csv"',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
