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
	let isi: { type?: unknown; features?: Fitur[] };
	try {
		isi = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new Error(`${path}: peta batas kecamatan tidak dapat dibaca: ${(e as Error).message}`);
	}
	if (isi.type !== 'FeatureCollection' || !Array.isArray(isi.features)) throw new Error(`${path}: bukan GeoJSON FeatureCollection`);
	const galat: string[] = [];
	const kodeDaftar = new Set(kecamatan.map((k) => k.kode));
	const terlihat = new Map<string, number>();
	isi.features.forEach((f, i) => {
		const kode = f.properties?.kode;
		const g = f.geometry?.type;
		if (typeof kode !== 'string') galat.push(`fitur ke-${i + 1}: tidak ada properti "kode"`);
		else if (!kodeDaftar.has(kode)) galat.push(`fitur ke-${i + 1}: kode ${kode} tidak ada di kecamatan.csv`);
		else if (terlihat.has(kode)) galat.push(`fitur ke-${i + 1}: kode ${kode} sudah dipakai fitur ke-${terlihat.get(kode)! + 1}`);
		else terlihat.set(kode, i);
		if (g !== 'Polygon' && g !== 'MultiPolygon') galat.push(`fitur ke-${i + 1}: geometri ${String(g)}, seharusnya Polygon atau MultiPolygon`);
	});
	for (const k of kecamatan) if (!terlihat.has(k.kode)) galat.push(`kecamatan ${k.kode} ${k.nama} tidak punya batas wilayah`);
	if (galat.length) throw new Error(`${path}:\n  ${galat.join('\n  ')}`);
	return {
		geojson: new TextEncoder().encode(JSON.stringify(isi)),
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
	const hasil = new Map<string, DesaCount>();
	for (const baris of villagesCsv.split(/\r?\n/)) {
		const [kode, kecamatan] = baris.split(',', 2);
		if (!kecamatan || !kecamatan.startsWith(`${kodeKabupaten}.`)) continue;
		const jenis = kode.split('.')[3]?.[0];
		const j = hasil.get(kecamatan) ?? { desa: 0, kelurahan: 0 };
		if (jenis === '1') j.kelurahan++;
		else if (jenis === '2') j.desa++;
		else continue;
		hasil.set(kecamatan, j);
	}
	return hasil;
}

/**
 * The counts of data/kecamatan.csv against idn-area-data: one message per kecamatan
 * that differs (empty when they agree). Without the package there is nothing to check.
 */
export function desaCountDifference(kecamatan: KecamatanRef[], villagesCsv: string): string[] {
	const kabupaten = new Set(kecamatan.map((k) => k.kode.split('.').slice(0, 2).join('.')));
	const hitung = new Map<string, DesaCount>();
	for (const kab of kabupaten) for (const [k, v] of countDesa(villagesCsv, kab)) hitung.set(k, v);
	const beda: string[] = [];
	for (const k of kecamatan) {
		const h = hitung.get(k.kode);
		if (!h) beda.push(`kecamatan.csv: ${k.kode} ${k.nama} tidak ada di data wilayah Kemendagri (idn-area-data)`);
		else if (h.desa !== k.desa || h.kelurahan !== k.kelurahan)
			beda.push(
				`kecamatan.csv: ${k.kode} ${k.nama} tertulis ${k.desa} desa dan ${k.kelurahan} kelurahan, data wilayah Kemendagri (idn-area-data) ${h.desa} desa dan ${h.kelurahan} kelurahan`
			);
	}
	return beda;
}
