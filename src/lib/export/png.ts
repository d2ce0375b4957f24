/**
 * A chart image fit to share on its own: the chart as drawn, with its title above and
 * a source line below (a PNG passed around in a chat app loses the page around it).
 */

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Split text into lines no wider than `lebar` pixels. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const coba = current ? `${current} ${word}` : word;
		if (current && ctx.measureText(coba).width > width) {
			lines.push(current);
			current = word;
		} else current = coba;
	}
	if (current) lines.push(current);
	return lines;
}

/**
 * @param gambarUrl the chart as a PNG data URL (ECharts getDataURL)
 * @param scale the pixel ratio the chart was exported with
 */
export async function pngWithTitle(gambarUrl: string, title: string, note: string, scale = 2): Promise<Blob> {
	const img = new Image();
	img.src = gambarUrl;
	await img.decode();

	const pad = 16 * scale;
	const ukuranJudul = 16 * scale;
	const ukuranCatatan = 11 * scale;
	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('Kanvas tidak tersedia di peramban ini');

	ctx.font = `600 ${ukuranJudul}px ${FONT}`;
	const barisJudul = wrapText(ctx, title, img.width - 2 * pad);
	const tinggiJudul = pad + barisJudul.length * ukuranJudul * 1.3 + pad / 2;
	const tinggiCatatan = ukuranCatatan * 1.5 + pad / 2;

	canvas.width = img.width;
	canvas.height = Math.ceil(tinggiJudul + img.height + tinggiCatatan);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);

	ctx.fillStyle = '#1f2933';
	ctx.textBaseline = 'top';
	ctx.font = `600 ${ukuranJudul}px ${FONT}`;
	barisJudul.forEach((b, i) => ctx.fillText(b, pad, pad + i * ukuranJudul * 1.3));

	ctx.drawImage(img, 0, tinggiJudul);

	ctx.fillStyle = '#52606d';
	ctx.font = `${ukuranCatatan}px ${FONT}`;
	ctx.fillText(note, pad, tinggiJudul + img.height);

	return new Promise((selesai, gagal) => canvas.toBlob((b) => (b ? selesai(b) : gagal(new Error('Gambar tidak dapat dibuat'))), 'image/png'));
}
