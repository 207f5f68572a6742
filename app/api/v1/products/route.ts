import { NextResponse } from 'next/server';
import { productSearchAnswer } from '@/lib/catalog/product-search-answer';

// The public catalog search (lib/catalog/product-search-answer.ts). In production the front door
// answers it with the same function before Next.js routes the request (decision 023).
export async function GET(request: Request) {
  const { status, headers, body } = await productSearchAnswer(new URL(request.url).search);
  return new NextResponse(body, { status, headers });
}
