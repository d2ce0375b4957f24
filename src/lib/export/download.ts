/**
 * Save something in the browser as a file, without a server round trip.
 */

/** A safe file name stem: lower case, letters/digits/dashes only. "IKM 2023 <x>" → "ikm-2023-x" */
export function fileName(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	return s || 'data';
}

/** Start a download of `url` (object or data URL) as `nama`. */
export function downloadUrl(url: string, name: string): void {
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
}

/** Start a download of a Blob as `nama`. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	downloadUrl(url, name);
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
