import { currentActor, authorize } from '@/lib/auth/actor';
import { importTemplate } from '@/lib/msme/bulk-import';
import { apiError } from '@/lib/server/api';
import { templateResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request) {
  try {
    authorize(await currentActor(), ['DINAS_ADMIN']);
    return templateResponse(await importTemplate(), {
      format: new URL(request.url).searchParams.get('format'),
      filename: 'templat-pendataan-umkm',
    });
  } catch (error) {
    return apiError(error);
  }
}
