// The public API's OpenAPI 3.1 document, generated from the same zod schemas the handlers use.
import { z } from 'zod';
import { apiErrorSchema, productItemSchema, productPageSchema, productQuerySchema } from './search-schema';
import { publicCoverageSchema } from '@/lib/programs/coverage-schema';
import {
  opdSpendingResponseSchema,
  releasePageParameters,
  uploadCheckSchema,
  verificationResponseSchema,
} from '@/lib/documents/public-schemas';

const ocdsSchema = (name: string) => ({
  $ref: `https://standard.open-contracting.org/schema/1__1__5/${name}.json`,
});
// Next.js answers a method a route does not export with 405 and an Allow header, no body.
const notAllowed = { '405': { description: 'Metode tidak diizinkan (lihat header Allow)' } };

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
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Etalase UMKM Medan — API publik',
      version: '1.0.0',
      description:
        'Katalog produk UMKM binaan Kota Medan (hanya produk yang tayang dari UMKM terverifikasi), belanja OPD kepada UMKM, Open Contracting (OCDS 1.1), cakupan program, dan verifikasi dokumen. Harga dalam Rupiah (bilangan bulat). Semua tanpa data pribadi dan tanpa masuk.',
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
      '/api/v1/transparency/opd-spending': {
        get: {
          summary: 'Belanja setiap OPD kepada UMKM per bulan (satu angka belanja, keputusan 015)',
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
              description: 'Belanja per OPD per bulan',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/OpdSpending' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            '400': errorResponse('Parameter tidak valid'),
          },
        },
      },
      '/api/v1/ocds/release-package': {
        get: {
          summary: 'Semua rilis OCDS 1.1 pengadaan OPD dari UMKM, berhalaman',
          description:
            'Satu rilis per perubahan tahap, tidak pernah diubah. Ikuti links.next (juga header Link) sampai tidak ada lagi, atau minta rentang tanggal. Memakai ekstensi Bid.',
          parameters: releasePageParameters.map((p) => ({ ...p, in: 'query', required: false })),
          responses: {
            '200': {
              description: 'Paket rilis (release package) dengan links.next bila masih ada',
              content: { 'application/json': { schema: ocdsSchema('release-package-schema') } },
            },
            '400': errorResponse('Parameter tidak valid (cursor, limit, tanggal)'),
          },
        },
      },
      '/api/v1/ocds/records/{ocid}': {
        get: {
          summary: 'Satu proses pengadaan sebagai paket rekaman OCDS dengan rilis terkompilasi',
          parameters: [{ name: 'ocid', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'Paket rekaman (record package)',
              content: { 'application/json': { schema: ocdsSchema('record-package-schema') } },
            },
            '404': errorResponse('Proses tidak ditemukan'),
          },
        },
      },
      '/api/v1/verification/{code}': {
        parameters: [
          {
            name: 'code',
            in: 'path',
            required: true,
            description: 'kode verifikasi 22 karakter dari kode QR dokumen',
            schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}$' },
          },
        ],
        get: {
          summary:
            'Fakta publik sebuah dokumen (Surat Pesanan, BAPB, BAST, bukti bayar) dan sidik SHA-256-nya',
          responses: {
            '200': {
              description: 'Dokumen',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/VerifiedDocument' } } },
            },
            '404': errorResponse('Dokumen tidak ditemukan'),
          },
        },
        post: {
          summary: 'Cocokkan salinan PDF dengan dokumen yang tercatat',
          requestBody: {
            required: true,
            content: {
              'application/pdf': {
                schema: { type: 'string', format: 'binary', maxLength: 20 * 1024 * 1024 },
              },
              'multipart/form-data': {
                schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'Hasil: matches true bila berkas sama persis',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/UploadCheck' } } },
            },
            '404': errorResponse('Dokumen tidak ditemukan'),
            '413': errorResponse('Berkas lebih dari 20 MB'),
            '422': errorResponse('Berkas kosong'),
            '429': errorResponse('Terlalu banyak pemeriksaan dari alamat ini'),
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
        OpdSpending: schema(opdSpendingResponseSchema),
        VerifiedDocument: schema(verificationResponseSchema),
        UploadCheck: schema(uploadCheckSchema),
      },
    },
  };
  // Every path answers other methods with 405.
  for (const item of Object.values(document.paths) as Record<string, { responses?: object }>[])
    for (const operation of Object.values(item))
      if (operation && typeof operation === 'object' && 'responses' in operation)
        Object.assign(operation.responses as object, notAllowed);
  return document;
}
