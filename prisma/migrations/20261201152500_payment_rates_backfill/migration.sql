-- Payments recorded before taxes were computed kept amounts only: their rates are derived from them,
-- so the page and the payment record do not print 0% next to a withheld amount.
UPDATE "ProcurementPayment" SET "ppnRateBp" = round("ppnIdr" * 10000.0 / "dppIdr")::int WHERE "ppnIdr" > 0 AND "dppIdr" > 0;
UPDATE "ProcurementPayment" SET "pphRateBp" = round("pphIdr" * 10000.0 / "dppIdr")::int WHERE "pphIdr" > 0 AND "dppIdr" > 0;

-- A delivery check made by the old flow at delivery of an order not yet handed over: its inspection report is
-- made when the OPD records the inspection.
DELETE FROM "ProcurementDocument" d USING "ProcurementOrder" o
  WHERE d."orderId" = o.id AND d.kind = 'DELIVERY_CHECK' AND o.status = 'DELIVERED' AND o."inspectedAt" IS NULL;
