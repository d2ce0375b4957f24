/**
 * The area data the data build takes from outside the reports, checked against
 * data/kecamatan.csv so the site never shows a boundary or a count that belongs to
 * another list:
 * - the kecamatan boundaries (data/peta/jember-kecamatan.geojson, MIT, from
 *   cahyadsn/wilayah_boundaries; see data/peta/README.md): one Feature per kecamatan,
 *   joined on the Kemendagri code;
 * - the desa/kelurahan of each kecamatan, counted from the Kemendagri area list in the
 *   npm package idn-area-data (data ODbL, read from node_modules, so offline): a
 *   village code whose fourth part starts with 1 is a kelurahan, with 2 a desa
 *   (Permendagri numbering).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { KecamatanRef } from '../src/lib/lkip/types';

export const MAP_FILE = join('peta', 'jember-kecamatan.geojson');
export const MAP_LICENSE = join('peta', 'LICENSE-wilayah_boundaries.txt');

interface Fitur {
	type: string;
	properties?: { kode?: unknown; nama?: unknown };
	geometry?: { type?: unknown; coordinates?: unknown };
}

/**
 * The boundaries as compact GeoJSON bytes, after checking that every kecamatan of the
 * list has exactly one Feature and no Feature names a code outside it.
 */
export function readMap(referensiDir: string, kecamatan: KecamatanRef[]): { geojson: Uint8Array; lisensi: Uint8Array } {
	const path = join(referensiDir, MAP_FILE);
	let content: { type?: unknown; features?: Fitur[] };
	try {
		content = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new Error(`${path}: peta batas kecamatan tidak dapat dibaca: ${(e as Error).message}`);
	}
	if (content.type !== 'FeatureCollection' || !Array.isArray(content.features)) throw new Error(`${path}: bukan GeoJSON FeatureCollection`);
	const error: string[] = [];
	const kodeDaftar = new Set(kecamatan.map((k) => k.kode));
	const visible = new Map<string, number>();
	content.features.forEach((f, i) => {
		const code = f.properties?.kode;
		const g = f.geometry?.type;
		if (typeof code !== 'string') error.push(`fitur ke-${i + 1}: tidak ada properti "kode"`);
		else if (!kodeDaftar.has(code)) error.push(`fitur ke-${i + 1}: kode ${code} tidak ada di kecamatan.csv`);
		else if (visible.has(code)) error.push(`fitur ke-${i + 1}: kode ${code} sudah dipakai fitur ke-${visible.get(code)! + 1}`);
		else visible.set(code, i);
		if (g !== 'Polygon' && g !== 'MultiPolygon') error.push(`fitur ke-${i + 1}: geometri ${String(g)}, seharusnya Polygon atau MultiPolygon`);
	});
	for (const k of kecamatan) if (!visible.has(k.kode)) error.push(`kecamatan ${k.kode} ${k.nama} tidak punya batas wilayah`);
	if (error.length) throw new Error(`${path}:\n  ${error.join('\n  ')}`);
	return {
		geojson: new TextEncoder().encode(JSON.stringify(content)),
		lisensi: new Uint8Array(readFileSync(join(referensiDir, MAP_LICENSE)))
	};
}

export interface DesaCount {
	desa: number;
	kelurahan: number;
}

/** Where idn-area-data keeps its village list (the package ships it as data/villages.csv). */
export function desaIdnFile(): string | null {
	try {
		const paket = createRequire(import.meta.url).resolve('idn-area-data/package.json');
		const path = join(dirname(paket), 'data', 'villages.csv');
		return existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

/** Desa and kelurahan per kecamatan code, from idn-area-data's villages.csv (code,district_code,name). */
export function countDesa(villagesCsv: string, kodeKabupaten: string): Map<string, DesaCount> {
	const result = new Map<string, DesaCount>();
	for (const baris of villagesCsv.split(/\r?\n/)) {
		const [code, kecamatan] = baris.split(',', 2);
		if (!kecamatan || !kecamatan.startsWith(`${kodeKabupaten}.`)) continue;
		const kind = code.split('.')[3]?.[0];
		const j = result.get(kecamatan) ?? { desa: 0, kelurahan: 0 };
		if (kind === '1') j.kelurahan++;
		else if (kind === '2') j.desa++;
		else continue;
		result.set(kecamatan, j);
	}
	return result;
}

/**
 * The counts of data/kecamatan.csv against idn-area-data: one message per kecamatan
 * that differs (empty when they agree). Without the package there is nothing to check.
 */
export function desaCountDifference(kecamatan: KecamatanRef[], villagesCsv: string): string[] {
	const kabupaten = new Set(kecamatan.map((k) => k.kode.split('.').slice(0, 2).join('.')));
	const count = new Map<string, DesaCount>();
	for (const kab of kabupaten) for (const [k, v] of countDesa(villagesCsv, kab)) count.set(k, v);
	const diff: string[] = [];
	for (const k of kecamatan) {
		const h = count.get(k.kode);
		if (!h) diff.push(`kecamatan.csv: ${k.kode} ${k.nama} tidak ada di data wilayah Kemendagri (idn-area-data)`);
		else if (h.desa !== k.desa || h.kelurahan !== k.kelurahan)
			diff.push(
				`kecamatan.csv: ${k.kode} ${k.nama} tertulis ${k.desa} desa dan ${k.kelurahan} kelurahan, data wilayah Kemendagri (idn-area-data) ${h.desa} desa dan ${h.kelurahan} kelurahan`
			);
	}
	return diff;
}
