// Runs before the first paint (a plain file: the CSP allows no inline script).
// A shared link such as /?tahun=2021 names a view the prerendered page does not
// hold (it shows the default year); until the page has queried the linked view,
// the figures stay hidden behind "Memuat tampilan dari tautan…" instead of
// showing the default under the link's address. The page removes the class
// (src/lib/tautan-awal.ts); if it never does, the default shows with a note.
(function () {
	var halaman = /\/(perbandingan\/?)?$/.test(location.pathname);
	var q = new URLSearchParams(location.search);
	if (!halaman || !(q.has('tahun') || q.has('kecamatan') || q.has('indikator'))) return;
	var html = document.documentElement;
	html.classList.add('memuat-tautan');
	setTimeout(function () {
		if (!html.classList.contains('memuat-tautan')) return;
		html.classList.remove('memuat-tautan');
		html.classList.add('tautan-gagal');
	}, 30000);
})();
