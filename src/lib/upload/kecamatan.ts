/**
 * Matching a typed kecamatan name against the reference list, with a suggestion
 * when it does not match ("Sumbersary" → "Sumbersari"). Exact matching is the
 * data build's rule (cariKecamatan); this adds only the nearest-name suggestion.
 */
import { lookupKecamatan } from '../store/rows';
import { editDistance, kecamatanNameKey } from '../lkip/kecamatan-name';
import type { KecamatanRef, MasterData } from '../lkip/types';

export type UploadKecamatan = { ref: KecamatanRef; saran: null } | { ref: null; saran: KecamatanRef | null };

/** The reference entry for a typed name, or the closest name as a suggestion. */
export function resolveUploadKecamatan(nama: string, ref: MasterData): UploadKecamatan {
	const tepat = lookupKecamatan(nama, ref);
	if (tepat) return { ref: tepat, saran: null };
	const n = kecamatanNameKey(nama);
	// a typo, not another name altogether ("Jakarta Selatan" suggests nothing)
	const batas = Math.max(2, Math.floor(n.length * 0.4));
	let terbaik: KecamatanRef | null = null;
	let jarak = Infinity;
	for (const k of ref.kecamatan) {
		const d = editDistance(n, kecamatanNameKey(k.nama), batas);
		if (d < jarak) {
			jarak = d;
			terbaik = k;
		}
	}
	return { ref: null, saran: n !== '' && jarak <= batas ? terbaik : null };
}
