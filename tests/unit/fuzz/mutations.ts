/**
 * Seeded random mutations of a text, the kinds of damage files suffer between a
 * PDF converter, a spreadsheet and an email: flipped bytes, lost or doubled
 * lines, separators swapped, absurd numbers, stray unicode, truncation.
 */

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function seededRandom(benih: number): () => number {
	let a = benih >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const UNICODE = [
	'\u0000',
	'\uFEFF',
	'\u200B',
	'\u202E',
	'\uFFFD',
	'\u00A0',
	'\r',
	'\t',
	'|',
	';',
	',',
	'"',
	"'",
	'%',
	'Rp',
	'€',
	'🙂',
	'ا',
	'漢',
	'\u0301',
	'\\',
	'<b>',
	'**',
	'\u2028'
];
const ANGKA_ANEH = [
	'9'.repeat(40),
	'-0',
	'1e308',
	'1.2.3.4',
	'1,2,3',
	'0,000001',
	'-999.999.999.999.999,99',
	'NaN',
	'Infinity',
	'١٢٣',
	'100%%',
	'(1.234)',
	'.5',
	'5.',
	'00000000000000000000001'
];

export type Mutation = (t: string, r: () => number) => string;

const pilih = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const baris = (t: string) => t.split('\n');

export const MUTATIONS: Record<string, Mutation> = {
	balikByte(t, r) {
		const b = new TextEncoder().encode(t);
		for (let i = 0, n = 1 + Math.floor(r() * 8); i < n && b.length; i++) b[Math.floor(r() * b.length)] ^= 1 << Math.floor(r() * 8);
		// invalid UTF-8 is decoded with replacement characters, as a lenient reader would
		return new TextDecoder().decode(b);
	},
	hapusBaris(t, r) {
		const l = baris(t);
		for (let i = 0, n = 1 + Math.floor(r() * 20); i < n && l.length > 1; i++) l.splice(Math.floor(r() * l.length), 1);
		return l.join('\n');
	},
	gandakanBaris(t, r) {
		const l = baris(t);
		for (let i = 0, n = 1 + Math.floor(r() * 20); i < n; i++) {
			const j = Math.floor(r() * l.length);
			l.splice(j, 0, ...Array(1 + Math.floor(r() * 5)).fill(l[j]));
		}
		return l.join('\n');
	},
	tukarPemisah(t, r) {
		const [dari, ke] = pilih(
			[
				['\t', '|'],
				['|', '\t'],
				[',', ';'],
				[';', ','],
				['\t', '  '],
				['\n', '\r\n'],
				['\n', '\r']
			] as const,
			r
		);
		return r() < 0.5 ? t.split(dari).join(ke) : t.replace(dari, ke);
	},
	angkaRaksasa(t, r) {
		return t.replace(/\d[\d.,]*/g, (m) => (r() < 0.15 ? pilih(ANGKA_ANEH, r) : m));
	},
	unicodeAcak(t, r) {
		const cs = [...t];
		for (let i = 0, n = 1 + Math.floor(r() * 30); i < n; i++) cs.splice(Math.floor(r() * (cs.length + 1)), 0, pilih(UNICODE, r));
		return cs.join('');
	},
	potong(t, r) {
		return t.slice(0, Math.floor(r() * t.length));
	},
	acakBaris(t, r) {
		const l = baris(t);
		for (let i = l.length - 1; i > 0 && r() < 0.98; i--) {
			const j = Math.floor(r() * (i + 1));
			[l[i], l[j]] = [l[j], l[i]];
		}
		return l.join('\n');
	},
	barisPanjang(t, r) {
		const l = baris(t);
		const j = Math.floor(r() * l.length);
		const content = l[j] || 'x';
		// long, not huge: the per-input time cap looks for superlinear work, not for size
		l[j] = content.repeat(Math.max(2, Math.min(50 + Math.floor(r() * 500), Math.floor(200_000 / content.length))));
		return l.join('\n');
	},
	kutipLiar(t, r) {
		const cs = [...t];
		for (let i = 0, n = 1 + Math.floor(r() * 6); i < n; i++) cs.splice(Math.floor(r() * (cs.length + 1)), 0, '"');
		return cs.join('');
	}
};

/** One to three mutations in a row. */
export function mutate(t: string, r: () => number): { teks: string; langkah: string[] } {
	const langkah: string[] = [];
	for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
		const name = pilih(Object.keys(MUTATIONS), r);
		langkah.push(name);
		t = MUTATIONS[name](t, r);
	}
	return { teks: t, langkah };
}
