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
export function resolveUploadKecamatan(name: string, ref: MasterData): UploadKecamatan {
	const exact = lookupKecamatan(name, ref);
	if (exact) return { ref: exact, saran: null };
	const n = kecamatanNameKey(name);
	// a typo, not another name altogether ("Jakarta Selatan" suggests nothing)
	const limit = Math.max(2, Math.floor(n.length * 0.4));
	let best: KecamatanRef | null = null;
	let distance = Infinity;
	for (const k of ref.kecamatan) {
		const d = editDistance(n, kecamatanNameKey(k.nama), limit);
		if (d < distance) {
			distance = d;
			best = k;
		}
	}
	return { ref: null, saran: n !== '' && distance <= limit ? best : null };
}
