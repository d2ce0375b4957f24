/**
 * Real kecamatan names are not one plain word: Sumenep has "Guluk-Guluk", "Ra'as"
 * and "Kota Sumenep", Bondowoso "Jambesari Darus Sholah" (idn-area-data's
 * districts.csv, codes as listed there). A cover printing such a name names that
 * kecamatan; the first-version reader cut it at the hyphen, the apostrophe or the
 * second word, and skipped "Kota" as a word that is not a name.
 */
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../../src/lib/lkip/identity';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';

const KECAMATAN = [
	'kode,nama,desa,kelurahan',
	'35.29.01,Kota Sumenep,0,4',
	'35.29.09,Guluk-Guluk,12,0',
	"35.29.22,Ra'as,9,0",
	'35.29.02,Kalianget,5,2',
	'35.11.23,Jambesari Darus Sholah,9,0',
	'35.11.07,Tamanan,9,0'
].join('\n');
const KABUPATEN = 'kode,nama\n35.29,Sumenep\n35.11,Bondowoso\n';
const ref = parseMasterData(KECAMATAN, 'kunci,label,polaritas,pola\nikm,IKM,positif,kepuasan masyarakat\n', '', KABUPATEN);

const cover = (kecamatan: string, kabupaten: string) =>
	readIdentity(
		allLines(`LAPORAN KINERJA INSTANSI PEMERINTAH\n${kecamatan}\nKABUPATEN ${kabupaten}\nTAHUN 2024\n\nKATA PENGANTAR\nPuji syukur.`),
		ref.kecamatan,
		ref.kabupaten
	);

describe('kecamatan names of more than one plain word', () => {
	it('reads a hyphenated name, with or without its hyphen', () => {
		expect(cover('KECAMATAN GULUK-GULUK', 'SUMENEP').kecamatan?.kode).toBe('35.29.09');
		expect(cover('Kecamatan Guluk Guluk', 'SUMENEP').kecamatan?.kode).toBe('35.29.09');
	});

	it('reads a name with an apostrophe, straight or curly', () => {
		expect(cover("KECAMATAN RA'AS", 'SUMENEP').kecamatan?.kode).toBe('35.29.22');
		expect(cover('KECAMATAN RA’AS', 'SUMENEP').kecamatan?.kode).toBe('35.29.22');
	});

	it('reads a three-word name whole', () => {
		const id = cover('KECAMATAN JAMBESARI DARUS SHOLAH', 'BONDOWOSO');
		expect(id.kecamatan?.kode).toBe('35.11.23');
		expect(id.kecamatanMasalah).toBeNull();
	});

	it('reads a name that starts with "Kota", and still skips "kota" alone', () => {
		expect(cover('KECAMATAN KOTA SUMENEP', 'SUMENEP').kecamatan?.kode).toBe('35.29.01');
		// "kecamatan kota" in running text names no kecamatan: the cover's own name decides
		const id = readIdentity(
			allLines('LAPORAN KINERJA\nKECAMATAN KALIANGET\nKABUPATEN SUMENEP\nTAHUN 2024\n\nKATA PENGANTAR\nKecamatan kota dan kecamatan desa dilayani sama.'),
			ref.kecamatan,
			ref.kabupaten
		);
		expect(id.kecamatan?.kode).toBe('35.29.02');
	});

	it('takes the one-word name when the words after it are not part of a name', () => {
		expect(cover('KECAMATAN TAMANAN KABUPATEN BONDOWOSO', 'BONDOWOSO').kecamatan?.kode).toBe('35.11.07');
		expect(cover('KECAMATAN TAMANAN TAHUN 2024', 'BONDOWOSO').kecamatan?.kode).toBe('35.11.07');
	});
});
