export const shopOrderStatusLabel = {
  PENDING_PAYMENT: 'Menunggu pembayaran',
  PLACED: 'Pesanan masuk',
  CONFIRMED: 'Dikonfirmasi penjual',
  SHIPPED: 'Dikirim / siap diambil',
  DONE: 'Selesai',
  CANCELLED: 'Dibatalkan',
} as const;

export const paymentMethodLabel = {
  BANK_TRANSFER: 'Transfer bank',
  CASH_ON_DELIVERY: 'Bayar di tempat',
  STRIPE: 'Kartu (Stripe)',
} as const;
