-- Certificate dates are calendar dates (issue #12). Earlier rows were stored as midnight WIB
-- (17:00 UTC the day before, in a column without time zone), so the day is read back in WIB.
ALTER TABLE "Certification"
  ALTER COLUMN "issuedAt" SET DATA TYPE DATE USING ("issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta')::date,
  ALTER COLUMN "expiresAt" SET DATA TYPE DATE USING ("expiresAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta')::date;
