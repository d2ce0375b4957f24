/**
 * Kecamatan names repeat across kabupaten (Sukamaju, Kota Baru, Banyuwangi…). With
 * data/kabupaten.csv the reader takes the kecamatan of the kabupaten the report
 * names; a namesake it cannot tell apart is refused with a message, never the first
 * in the list; slugs stay unique.
 */
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../../src/lib/lkip/identity';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';

const KECAMATAN = 'kode,nama,desa,kelurahan\n35.09.01,Sukamaju,5,0\n35.10.05,Sukamaju,4,0\n35.10.10,Banyuwangi,0,18\n35.09.02,Kencong,5,0\n';
const KABUPATEN = 'kode,nama\n35.09,Jember\n35.10,Banyuwangi\n';
const INDIKATOR = 'kunci,label,polaritas,pola\nikm,IKM,positif,kepuasan masyarakat\n';
const ref = parseMasterData(KECAMATAN, INDIKATOR, '', KABUPATEN);

const identity = (text: string) => readIdentity(allLines(text), ref.kecamatan, ref.kabupaten);

describe('kecamatan of the same name in two kabupaten', () => {
	it('takes the one of the kabupaten the cover names', () => {
		const id = identity('LAPORAN KINERJA\nKECAMATAN SUKAMAJU\nKABUPATEN BANYUWANGI\nTAHUN 2023\n\nKATA PENGANTAR\nIsi laporan.');
		expect(id.kecamatan?.kode).toBe('35.10.05');
		expect(id.kabupaten).toBe('Banyuwangi');
	});

	it('refuses a report that names no kabupaten, naming both codes', () => {
		const id = identity('LAPORAN KINERJA\nKECAMATAN SUKAMAJU\nTAHUN 2023\n\nKATA PENGANTAR\nIsi laporan.');
		expect(id.kecamatan).toBeNull();
		expect(id.kecamatanMasalah?.pesan).toContain('35.09.01, 35.10.05');
		expect(id.kecamatanMasalah?.pesan).toContain('Kabupaten');
	});

	it("reads a kecamatan that has its kabupaten's name", () => {
		const id = identity('LAPORAN KINERJA KECAMATAN BANYUWANGI\nKABUPATEN BANYUWANGI\nTAHUN 2022\n\nKATA PENGANTAR');
		expect(id.kecamatan?.kode).toBe('35.10.10');
	});

	it('a name that is unique needs no kabupaten', () => {
		expect(identity('LAPORAN KINERJA KECAMATAN KENCONG\nTAHUN 2022\n\nKATA PENGANTAR').kecamatan?.kode).toBe('35.09.02');
	});
});

describe('reference data', () => {
	it('gives namesakes slugs of their own, by kabupaten, and leaves unique names alone', () => {
		expect(ref.kecamatan.map((k) => k.slug)).toEqual(['sukamaju-jember', 'sukamaju-banyuwangi', 'banyuwangi', 'kencong']);
		// without the kabupaten list, by code
		expect(parseMasterData(KECAMATAN, INDIKATOR).kecamatan.map((k) => k.slug)).toEqual(['sukamaju-350901', 'sukamaju-351005', 'banyuwangi', 'kencong']);
	});

	it('says which row of kabupaten.csv has a code that is not a kabupaten code', () => {
		expect(() => parseMasterData(KECAMATAN, INDIKATOR, '', 'kode,nama\n35.09,Jember\n3510,Banyuwangi\n')).toThrow(
			/kabupaten\.csv: baris data ke-2: kode "3510"/
		);
	});
});
