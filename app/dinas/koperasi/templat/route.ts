import { currentActor, authorize } from '@/lib/auth/actor';
import { cooperativeTemplate } from '@/lib/cooperatives/import';
import { apiError } from '@/lib/server/api';
import { templateResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request) {
  try {
    authorize(await currentActor(), ['DINAS_ADMIN']);
    return templateResponse(await cooperativeTemplate(), {
      format: new URL(request.url).searchParams.get('format'),
      filename: 'templat-koperasi',
    });
  } catch (error) {
    return apiError(error);
  }
}
