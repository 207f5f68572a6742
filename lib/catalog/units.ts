// The units a product is sold in (shared by the schema and the client-side form, without zod).
export const units = [
  'kotak',
  'porsi',
  'pcs',
  'bungkus',
  'botol',
  'kg',
  'lembar',
  'set',
  'meter',
  'loyang',
  'toples',
  'batang',
  'rim',
] as const;
