import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

export function createPrismaClient(connectionString: string, max = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 }),
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A client or the handle inside `$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
