import { currentActor } from '@/lib/auth/actor';
import { acceptanceTemplate } from '@/lib/channels/partners';
import { apiError } from '@/lib/server/api';
import { templateResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const template = await acceptanceTemplate(await currentActor(), (await params).id);
    return templateResponse(template, {
      format: new URL(request.url).searchParams.get('format'),
      filename: 'templat-daftar-diterima',
    });
  } catch (error) {
    return apiError(error);
  }
}
