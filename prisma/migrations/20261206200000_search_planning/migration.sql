-- Hand-written. "Newest first" orders by the publication time (the creation time for products
-- never published): the first page of a sorted search walks this index (or the price index) before
-- it reads and sorts every match (decision 023). Expression indexes are not in schema.prisma: the
-- migrations are diffed datamodel to datamodel (scripts/lib/migrate.ts), so none is dropped.
CREATE INDEX "Product_status_listedAt_id_idx" ON "Product" (status, (coalesce("publishedAt", "createdAt")), id);
