import { currentActor } from '@/lib/auth/actor';
import { channelFunnel } from '@/lib/channels/funnel';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';
import { col } from '@/lib/spreadsheet/table';
import { apiError } from '@/lib/server/api';
import { labelOf } from '@/lib/format/labels';
import { stageLabel } from '@/lib/channels/schema';

// The onboarding funnel as a file: listings per kecamatan, category and stage.
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const partner = params.get('partner') || undefined;
    const funnel = await channelFunnel(await currentActor(), { partner });
    return spreadsheetResponse(
      {
        sheet: 'Funnel kanal',
        title: 'Funnel onboarding kanal pemasaran per kecamatan, kategori dan tahap',
        filters: partner ? `Mitra: ${partner}` : 'Semua mitra',
        columns: [
          col.text('Kecamatan'),
          col.text('Kategori'),
          col.text('Tahap'),
          col.number('Jumlah listing'),
        ],
        rows: funnel.byArea.map((r) => [r.kecamatan, r.category, labelOf(stageLabel, r.stage), r.n]),
      },
      { format: params.get('format'), filename: 'funnel-kanal' },
    );
  } catch (error) {
    return apiError(error);
  }
}
