export const procurementStatusLabel = {
  DRAFT: 'Draf',
  ORDERED: 'Dipesan (Surat Pesanan)',
  ACCEPTED: 'Diterima UMKM',
  DELIVERED: 'Dikirim, menunggu pemeriksaan',
  INSPECTED: 'Diperiksa, menunggu BAST',
  HANDED_OVER: 'Serah terima (BAST)',
  PAID: 'Lunas',
  DECLINED: 'Ditolak UMKM',
  CANCELLED: 'Dibatalkan',
} as const;

export const documentLabel = {
  SURAT_PESANAN: 'Surat Pesanan',
  DELIVERY_CHECK: 'Pemeriksaan barang',
  BAST: 'BAST',
  PAYMENT_RECORD: 'Bukti pembayaran',
} as const;

export const auditActionLabel: Record<string, string> = {
  'procurement.order.place': 'Surat Pesanan diterbitkan',
  'procurement.order.accept': 'UMKM menerima pesanan',
  'procurement.order.decline': 'UMKM menolak pesanan',
  'procurement.order.deliver': 'UMKM menandai barang terkirim',
  'procurement.order.inspect': 'Barang diperiksa',
  'procurement.order.bast.sign': 'BAST ditandatangani',
  'procurement.order.pay': 'Pembayaran dicatat',
  'procurement.order.cancel': 'Pesanan dibatalkan',
};
