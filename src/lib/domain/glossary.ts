/**
 * Plain-language glossary for the "Data & metode" page: what a citizen needs to read
 * the dashboard without a government dictionary at hand. Sorted when rendered.
 */

export interface Term {
	istilah: string;
	/** other names the same thing goes by in reports */
	juga?: string;
	arti: string;
}

export const GLOSSARY: Term[] = [
	{
		istilah: 'LKIP',
		juga: 'LKjIP, LAKIP',
		arti: 'Laporan Kinerja Instansi Pemerintah: laporan tahunan yang wajib dibuat setiap kantor pemerintah tentang apa yang ingin dicapai, apa yang tercapai, dan berapa uang yang dipakai. Di dasbor ini: satu laporan per kecamatan per tahun.'
	},
	{
		istilah: 'SAKIP',
		arti: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah: cara pemerintah merencanakan, mengukur, dan melaporkan kinerjanya. LKIP adalah bagian dari sistem ini. Nilai SAKIP adalah nilai rapor yang diberikan inspektorat kepada sebuah kantor.'
	},
	{
		istilah: 'Kecamatan',
		arti: 'Wilayah di bawah kabupaten, dipimpin oleh camat. Kabupaten Jember memiliki 31 kecamatan.'
	},
	{
		istilah: 'Desa dan kelurahan',
		arti: 'Wilayah di bawah kecamatan. Desa dipimpin kepala desa yang dipilih warga; kelurahan dipimpin lurah yang ditunjuk pemerintah. Tiga kecamatan di kota Jember hanya memiliki kelurahan, tanpa desa.'
	},
	{
		istilah: 'Renstra',
		arti: 'Rencana Strategis: rencana lima tahunan sebuah kantor, berisi tujuan dan target setiap tahunnya.'
	},
	{
		istilah: 'Renja',
		juga: 'RKT',
		arti: 'Rencana Kerja tahunan: apa yang akan dikerjakan dalam satu tahun.'
	},
	{
		istilah: 'Perjanjian Kinerja',
		juga: 'PK',
		arti: 'Janji tertulis camat kepada bupati di awal tahun: sasaran, indikator, target, dan anggaran programnya. "PK Perubahan" adalah revisinya di tengah tahun.'
	},
	{
		istilah: 'IKU',
		arti: 'Indikator Kinerja Utama: ukuran keberhasilan terpenting sebuah kantor.'
	},
	{
		istilah: 'Sasaran',
		juga: 'sasaran strategis',
		arti: 'Hal yang ingin dicapai, misalnya "meningkatnya kualitas pelayanan publik". Setiap sasaran diukur dengan satu atau beberapa indikator.'
	},
	{
		istilah: 'Indikator',
		juga: 'indikator kinerja',
		arti: 'Ukuran yang dipakai untuk menilai apakah sasaran tercapai, misalnya "Indeks Kepuasan Masyarakat".'
	},
	{
		istilah: 'Target',
		arti: 'Angka yang direncanakan untuk dicapai dalam satu tahun.'
	},
	{
		istilah: 'Realisasi',
		arti: 'Angka yang benar-benar dicapai pada akhir tahun. Untuk anggaran: uang yang benar-benar dibelanjakan.'
	},
	{
		istilah: 'Capaian',
		juga: 'capaian kinerja',
		arti: 'Seberapa jauh target terpenuhi, dalam persen. 100% berarti target tercapai tepat; di atas 100% berarti melampaui target. Cara menghitungnya dijelaskan di bagian "Cara menghitung".'
	},
	{
		istilah: 'Polaritas',
		arti: 'Arah baik sebuah indikator. Polaritas positif: makin tinggi makin baik (misalnya kepuasan warga). Polaritas negatif: makin rendah makin baik (misalnya jumlah pengaduan).'
	},
	{
		istilah: 'Predikat',
		arti: 'Sebutan untuk sebuah nilai atau capaian, misalnya "Baik" atau "Sangat Memuaskan". Setiap laporan memakai skalanya sendiri; dasbor juga memberi predikat baku agar kecamatan dapat dibandingkan.'
	},
	{
		istilah: 'IKM',
		juga: 'SKM',
		arti: 'Indeks Kepuasan Masyarakat, hasil Survei Kepuasan Masyarakat: warga yang dilayani menilai sembilan unsur pelayanan (persyaratan, prosedur, waktu, biaya, dan lain-lain). Hasilnya angka 25 sampai 100; makin tinggi makin puas.'
	},
	{
		istilah: 'Mutu pelayanan',
		arti: 'Huruf A, B, C, atau D yang diberikan kepada nilai IKM menurut aturan Kementerian PANRB. A berarti Sangat Baik.'
	},
	{
		istilah: 'Pagu anggaran',
		juga: 'anggaran',
		arti: 'Batas uang yang boleh dibelanjakan dalam satu tahun, menurut APBD (setelah perubahan, bila ada).'
	},
	{
		istilah: 'APBD',
		juga: 'P-APBD',
		arti: 'Anggaran Pendapatan dan Belanja Daerah: anggaran tahunan kabupaten. P-APBD adalah perubahannya di tengah tahun.'
	},
	{
		istilah: 'Realisasi anggaran',
		arti: 'Uang yang benar-benar dibelanjakan dari pagu.'
	},
	{
		istilah: 'Serapan anggaran',
		arti: 'Bagian pagu yang benar-benar dibelanjakan, dalam persen. Serapan 95% berarti 95 dari setiap 100 rupiah yang dianggarkan terpakai. Serapan rendah bisa berarti kegiatan tertunda, bisa juga berarti penghematan.'
	},
	{
		istilah: 'Program, kegiatan, sub kegiatan',
		arti: 'Susunan anggaran dari yang paling umum ke yang paling rinci. Satu program terdiri atas beberapa kegiatan, satu kegiatan atas beberapa sub kegiatan. Laporan lama (sebelum 2021) hanya memakai program dan kegiatan.'
	},
	{
		istilah: 'Belanja operasi dan belanja modal',
		arti: 'Belanja operasi dipakai untuk kebutuhan sehari-hari (gaji, alat tulis, listrik, kegiatan). Belanja modal dipakai untuk membeli barang yang bertahan lama (gedung, kendaraan, komputer).'
	},
	{
		istilah: 'Belanja langsung dan tidak langsung',
		arti: 'Pembagian belanja pada laporan lama (sampai 2020): belanja langsung terkait langsung dengan program dan kegiatan, belanja tidak langsung terutama gaji pegawai.'
	},
	{
		istilah: 'ASN dan Non ASN',
		arti: 'Aparatur Sipil Negara (pegawai negeri) dan pegawai kontrak atau honorer.'
	},
	{
		istilah: 'Median',
		arti: 'Nilai tengah: bila semua kecamatan diurutkan, median adalah nilai kecamatan yang berada di tengah. Berbeda dengan rata-rata, median tidak terpengaruh satu nilai yang sangat tinggi atau sangat rendah.'
	},
	{
		istilah: 'Rata-rata dan gabungan kecamatan berlaporan',
		arti: 'Pembanding yang dihitung dasbor dari kecamatan yang punya angka pada tahun itu, selalu dengan jumlah kecamatannya; bukan angka resmi kabupaten. Untuk IKM: rata-rata sederhana. Untuk serapan anggaran: jumlah realisasi dibagi jumlah pagu, sehingga kecamatan dengan anggaran besar berbobot lebih besar. Di halaman satu kecamatan, kecamatan itu sendiri tidak ikut dihitung ("kecamatan lain").'
	},
	{
		istilah: 'Sumber',
		arti: 'Letak sebuah angka di laporan asli: nama berkas, nomor baris, dan teks sebagaimana tercetak. Dengan ini setiap angka di dasbor dapat diperiksa ulang.'
	},
	{
		istilah: 'CSV',
		arti: 'Berkas tabel berupa teks biasa yang dapat dibuka hampir semua program. Kolom dipisahkan koma dan desimal memakai titik (format internasional).'
	},
	{
		istilah: 'XLSX',
		arti: 'Berkas Microsoft Excel. Angka tersimpan sebagai angka, sehingga Excel berbahasa Indonesia langsung menampilkannya dengan benar.'
	},
	{
		istilah: 'Parquet',
		arti: 'Format berkas tabel yang ringkas untuk analisis data (dapat dibaca DuckDB, Python, R). Dasbor ini sendiri membaca data dari berkas Parquet.'
	}
];

/** The anchor of a term on "Data & metode", so a page can link the word where it appears. */
export function termId(istilah: string): string {
	return `istilah-${istilah
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;
}
