// The public API's OpenAPI 3.1 document, generated from the same zod schemas the handlers use.
import { z } from 'zod';
import { apiErrorSchema, productItemSchema, productPageSchema, productQuerySchema } from './search-schema';
import { publicCoverageSchema } from '@/lib/programs/coverage-schema';

export function openApiDocument() {
  const query = z.toJSONSchema(productQuerySchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, object>;
    required?: string[];
  };
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12' });
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Etalase UMKM Medan — API publik',
      version: '1.0.0',
      description:
        'Katalog produk UMKM binaan Kota Medan. Hanya produk yang tayang dari UMKM terverifikasi. Harga dalam Rupiah (bilangan bulat).',
    },
    paths: {
      '/api/v1/products': {
        get: {
          summary: 'Cari dan saring produk',
          parameters: Object.entries(query.properties).map(([name, s]) => ({
            name,
            in: 'query',
            required: false,
            schema: s,
          })),
          responses: {
            '200': {
              description: 'Satu halaman produk',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ProductPage' } } },
            },
            '400': errorResponse('Parameter tidak valid'),
          },
        },
      },
      '/api/v1/products/{id}': {
        get: {
          summary: 'Satu produk',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'Produk',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Product' } } },
            },
            '404': errorResponse('Tidak ditemukan'),
          },
        },
      },
      '/api/v1/programs/coverage': {
        get: {
          summary: 'Cakupan program bantuan dan pelatihan per kecamatan dan per OPD',
          description:
            'Tanpa data pribadi. Jumlah di bawah 5 (dan angka pelengkap yang dapat dipakai untuk menghitungnya) bernilai null; di CSV ditulis "<5".',
          parameters: [
            {
              name: 'format',
              in: 'query',
              required: false,
              schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
            },
          ],
          responses: {
            '200': {
              description: 'Cakupan',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Coverage' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            '400': errorResponse('Parameter tidak valid'),
          },
        },
      },
    },
    components: {
      schemas: {
        Coverage: schema(publicCoverageSchema),
        Product: schema(productItemSchema),
        ProductPage: schema(productPageSchema),
        Error: schema(apiErrorSchema),
      },
    },
  };
}
