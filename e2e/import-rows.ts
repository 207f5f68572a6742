// A small pendataan CSV with one good row and two bad ones, unique per run.
const header =
  'nama_usaha,nama_pemilik,nik,nib,npwp,kbli,skala,kategori,kecamatan,kelurahan,alamat,whatsapp,tahun_berdiri,jumlah_karyawan,sertifikat_halal,halal_berlaku_sampai,pirt,pirt_berlaku_sampai';

export function importTemplateRowsForTest() {
  const s = String(Date.now()).slice(-6);
  return [
    header,
    `Sambal Andaliman Impor ${s},Tigor Sinaga,1271051203800${s.slice(-3)},66${s}00001,,10792,mikro,bumbu-sambal,Medan Kota,Pasar Baru,Jl. Sutomo 3,0813${s}11,2016,2,,,,`,
    `Baris Salah NIB ${s},Tigor Sinaga,1271051203800${s.slice(-3)},123,,10792,mikro,bumbu-sambal,Medan Kota,Pasar Baru,Jl. Sutomo 3,0813${s}12,2016,2,,,,`,
    `Baris Salah Kecamatan ${s},Tigor Sinaga,1271051203800${s.slice(-3)},66${s}00003,,10792,mikro,bumbu-sambal,Medan Antah,Pasar Baru,Jl. Sutomo 3,0813${s}13,2016,2,,,,`,
  ].join('\n');
}
