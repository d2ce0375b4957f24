/**
 * A chart image fit to share on its own: the chart as drawn, with its title above and
 * a source line below (a PNG passed around in a chat app loses the page around it).
 */

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Split text into lines no wider than `lebar` pixels. */
function wrapText(ctx: CanvasRenderingContext2D, teks: string, lebar: number): string[] {
	const baris: string[] = [];
	let kini = '';
	for (const kata of teks.split(/\s+/).filter(Boolean)) {
		const coba = kini ? `${kini} ${kata}` : kata;
		if (kini && ctx.measureText(coba).width > lebar) {
			baris.push(kini);
			kini = kata;
		} else kini = coba;
	}
	if (kini) baris.push(kini);
	return baris;
}

/**
 * @param gambarUrl the chart as a PNG data URL (ECharts getDataURL)
 * @param skala the pixel ratio the chart was exported with
 */
export async function pngWithTitle(gambarUrl: string, judul: string, catatan: string, skala = 2): Promise<Blob> {
	const img = new Image();
	img.src = gambarUrl;
	await img.decode();

	const pad = 16 * skala;
	const ukuranJudul = 16 * skala;
	const ukuranCatatan = 11 * skala;
	const kanvas = document.createElement('canvas');
	const ctx = kanvas.getContext('2d');
	if (!ctx) throw new Error('Kanvas tidak tersedia di peramban ini');

	ctx.font = `600 ${ukuranJudul}px ${FONT}`;
	const barisJudul = wrapText(ctx, judul, img.width - 2 * pad);
	const tinggiJudul = pad + barisJudul.length * ukuranJudul * 1.3 + pad / 2;
	const tinggiCatatan = ukuranCatatan * 1.5 + pad / 2;

	kanvas.width = img.width;
	kanvas.height = Math.ceil(tinggiJudul + img.height + tinggiCatatan);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, kanvas.width, kanvas.height);

	ctx.fillStyle = '#1f2933';
	ctx.textBaseline = 'top';
	ctx.font = `600 ${ukuranJudul}px ${FONT}`;
	barisJudul.forEach((b, i) => ctx.fillText(b, pad, pad + i * ukuranJudul * 1.3));

	ctx.drawImage(img, 0, tinggiJudul);

	ctx.fillStyle = '#52606d';
	ctx.font = `${ukuranCatatan}px ${FONT}`;
	ctx.fillText(catatan, pad, tinggiJudul + img.height);

	return new Promise((selesai, gagal) => kanvas.toBlob((b) => (b ? selesai(b) : gagal(new Error('Gambar tidak dapat dibuat'))), 'image/png'));
}
