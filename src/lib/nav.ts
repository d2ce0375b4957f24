/** The site menu. A new page joins the navigation with one line here. */
export const MENU: { href: string; label: string }[] = [
	{ href: '/', label: 'Ringkasan' },
	{ href: '/kecamatan-saya', label: 'Kecamatan saya' },
	{ href: '/perbandingan', label: 'Perbandingan' },
	{ href: '/konsistensi', label: 'Konsistensi data' },
	{ href: '/data-metode', label: 'Data & metode' },
	{ href: '/unggah', label: 'Unggah data' }
];
