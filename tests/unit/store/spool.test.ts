/**
 * The data build's spool (scripts/spool.ts): reports appended to one file per thread are
 * read back whole, each from its own place, in any order, even after the directory was
 * removed and made again by a later build in the same process.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpool, writeSpool } from '../../../scripts/spool';
import { emptyReport } from '../../../src/lib/lkip/empty-report';

const tmp = mkdtempSync(join(tmpdir(), 'spool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spooled = (nama: string, text: string) => ({ report: emptyReport(`${nama}-2023.txt`, nama, 2023, 'Jember'), text });

describe('spool', () => {
	it('reads each appended report back from its own place, in any order', () => {
		const dir = join(tmp, 'antrean');
		const a = spooled('Puger', 'JUMLAH | 4.060.244.146 | 3.648.593.974');
		const b = spooled('Balung', 'x'.repeat(70_000));
		const pa = writeSpool(dir, a);
		const pb = writeSpool(dir, b);
		expect(pb.path).toBe(pa.path);
		expect(pb.offset).toBe(pa.length);
		expect(readdirSync(dir)).toHaveLength(1);
		expect(readSpool(pb)).toEqual(b);
		expect(readSpool(pa)).toEqual(a);
	});

	it('starts again at the beginning of a directory removed and made again', () => {
		const dir = join(tmp, 'lagi');
		writeSpool(dir, spooled('Puger', 'lama'));
		rmSync(dir, { recursive: true });
		const baru = spooled('Patrang', 'baru');
		const p = writeSpool(dir, baru);
		expect(p.offset).toBe(0);
		expect(readSpool(p)).toEqual(baru);
	});

	it('says where a place runs past the end of its file', () => {
		const dir = join(tmp, 'potong');
		const p = writeSpool(dir, spooled('Puger', 'teks'));
		expect(() => readSpool({ ...p, length: p.length + 10 })).toThrow(/antrean terpotong pada bita/);
	});
});
