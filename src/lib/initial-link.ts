/**
 * The other half of static/tautan-awal.js: once a page shows the view its link
 * names (or cannot), the figures it hid are shown again; when the linked view
 * could not be queried, a note says the default is shown instead.
 */
export function linkReady(berhasil: boolean): void {
	const html = document.documentElement;
	const menunggu = html.classList.contains('memuat-tautan');
	html.classList.remove('memuat-tautan');
	if (menunggu && !berhasil) html.classList.add('tautan-gagal');
	if (berhasil) html.classList.remove('tautan-gagal');
}
