/**
 * Matching a typed kecamatan name against the reference list, with a suggestion
 * when it does not match ("Sumbersary" → "Sumbersari"). Exact matching is the
 * data build's rule (cariKecamatan); this adds only the nearest-name suggestion.
 */
import { cariKecamatan } from '../store/rows';
import type { KecamatanRef, MasterData } from '../lkip/types';

/** Edit distance, on at most 64 characters so a pasted paragraph stays cheap. */
export function levenshtein(a: string, b: string): number {
	a = a.slice(0, 64);
	b = b.slice(0, 64);
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length];
}

function bentukBanding(s: string): string {
	return s
		.toLowerCase()
		.replace(/\bkecamatan\b|\bkec\.?/g, '')
		.replace(/[^a-z0-9]/g, '');
}

export type HasilKecamatan = { ref: KecamatanRef; saran: null } | { ref: null; saran: KecamatanRef | null };

/** The reference entry for a typed name, or the closest name as a suggestion. */
export function resolveUploadKecamatan(nama: string, ref: MasterData): HasilKecamatan {
	const tepat = cariKecamatan(nama, ref);
	if (tepat) return { ref: tepat, saran: null };
	const n = bentukBanding(nama);
	let terbaik: KecamatanRef | null = null;
	let jarak = Infinity;
	for (const k of ref.kecamatan) {
		const d = levenshtein(n, bentukBanding(k.nama));
		if (d < jarak) {
			jarak = d;
			terbaik = k;
		}
	}
	// a typo, not another name altogether ("Jakarta Selatan" suggests nothing)
	const dekat = n !== '' && jarak <= Math.max(2, Math.floor(n.length * 0.4));
	return { ref: null, saran: dekat ? terbaik : null };
}
