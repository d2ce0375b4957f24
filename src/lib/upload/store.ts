/**
 * Uploads kept in this browser (IndexedDB), so they survive reloads and
 * restarts. Nothing leaves the machine: there is no server to send to.
 * Each upload keeps the reports it added (Laporan, the extractor's shape), from
 * which the dataset rows are rebuilt on every visit.
 */
import type { Report } from '../lkip/types';
import type { TemplateName } from './templates';

export interface Upload {
	id: string;
	nama: string;
	/** ISO time of upload */
	tanggal: string;
	tabel: TemplateName | 'lkip';
	jumlahBaris: number;
	laporan: Report[];
	/** the uploaded text, for the audit's rules that read sentences and quote source lines (absent in uploads kept before it was stored) */
	teks?: string;
	/** the uploaded PDF or Word document itself, so the viewer can open a figure's page (absent for text and CSV) */
	dokumen?: Uint8Array;
	/** SHA-256 of what was added: the same file added from two tabs is stored once (absent in older uploads) */
	kunci?: string;
}

/** Tabs of this dashboard tell each other that the stored uploads changed. */
export const UPLOAD_CHANNEL = 'dasbor-unggahan';

function notifyOtherTabs(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const k = new BroadcastChannel(UPLOAD_CHANNEL);
	k.postMessage('berubah');
	k.close();
}

/** The content key of an upload: its document bytes, else its text, else the reports it adds. */
export async function contentKey(laporan: Report[], text?: string, dokumen?: Uint8Array): Promise<string> {
	const byte = dokumen ?? new TextEncoder().encode(text ?? JSON.stringify(laporan));
	const h = new Uint8Array(await crypto.subtle.digest('SHA-256', byte as Uint8Array<ArrayBuffer>));
	return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
}

const DB_NAME = 'dasbor-kinerja-kecamatan';
const STORE = 'unggahan';
/** What the upload worker computed from the stored uploads (rows, audit), so a page load does not recompute it. */
const PROCESSED_STORE = 'olahan';
/** 2: STORE_OLAHAN added */
const DB_VERSION = 2;

/** An upload as lists show it: without its reports, text and document, which may be large. */
export type UploadSummary = Pick<Upload, 'id' | 'nama' | 'tanggal' | 'tabel' | 'jumlahBaris' | 'kunci'>;

export function summariseUpload(u: Upload): UploadSummary {
	return { id: u.id, nama: u.nama, tanggal: u.tanggal, tabel: u.tabel, jumlahBaris: u.jumlahBaris, kunci: u.kunci };
}

/**
 * The stored uploads, computed: the statements that put their rows (figures,
 * audit findings, scores) into DuckDB. `versi` names the code that computed
 * them (the upload worker's own hashed file name), `kunci` the uploads and
 * reference data they were computed from: a record whose either differs is
 * computed again, once, in the worker.
 */
export interface Processed {
	versi: string;
	kunci: string;
	perintah: string[];
	masalah: string[];
}

/**
 * What the user can do about a storage failure, in their language: the
 * browser's own text is English and technical ("UnknownError: Internal error
 * opening backing store"). The error's name stays at the end for whoever helps.
 */
export function storageMessage(apa: string, e: DOMException | null | undefined): string {
	const cause: Record<string, string> = {
		QuotaExceededError: 'ruang penyimpanan peramban penuh; hapus unggahan lama atau kosongkan data situs lain, lalu coba lagi',
		SecurityError:
			'peramban tidak mengizinkan situs ini menyimpan data (mode penyamaran atau pengaturan privasi); buka dasbor di jendela biasa atau izinkan penyimpanan situs',
		InvalidStateError: 'peramban tidak mengizinkan penyimpanan saat ini (mode penyamaran atau pengaturan privasi); buka dasbor di jendela biasa',
		VersionError: 'tab lain memakai versi dasbor yang lebih baru; tutup tab dasbor yang lain dan muat ulang halaman ini',
		AbortError: 'penyimpanan dibatalkan, mungkin karena ruang penyimpanan penuh; coba lagi',
		NotFoundError: 'data tersimpan tidak lengkap; muat ulang halaman, dan bila masih gagal hapus data situs ini di pengaturan peramban'
	};
	const name = e?.name ?? '';
	const suggestion = cause[name] ?? 'muat ulang halaman dan coba lagi; bila masih gagal, hapus data situs ini di pengaturan peramban';
	return `${apa}: ${suggestion}.${name ? ` (kode: ${name})` : ''}`;
}

function openDb(): Promise<IDBDatabase> {
	return new Promise((ok, gagal) => {
		if (typeof indexedDB === 'undefined') return gagal(new Error('Peramban ini tidak menyediakan IndexedDB; unggahan tidak dapat disimpan.'));
		const req = indexedDB.open(DB_NAME, DB_VERSION);
		req.onupgradeneeded = () => {
			if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
			if (!req.result.objectStoreNames.contains(PROCESSED_STORE)) req.result.createObjectStore(PROCESSED_STORE);
		};
		req.onsuccess = () => ok(req.result);
		req.onerror = () => gagal(new Error(storageMessage('Penyimpanan peramban (IndexedDB) tidak dapat dibuka', req.error)));
		req.onblocked = () => gagal(new Error('Penyimpanan peramban sedang dipakai tab lain; tutup tab dasbor yang lain lalu coba lagi.'));
	});
}

async function withTransaction<T>(mode: IDBTransactionMode, kerja: (s: IDBObjectStore) => IDBRequest<T>, store = STORE): Promise<T> {
	const db = await openDb();
	try {
		return await new Promise<T>((ok, gagal) => {
			const tx = db.transaction(store, mode);
			const req = kerja(tx.objectStore(store));
			tx.oncomplete = () => ok(req.result);
			tx.onerror = () => gagal(new Error(storageMessage('Penyimpanan peramban gagal', tx.error ?? req.error)));
			tx.onabort = () => gagal(new Error(storageMessage('Penyimpanan peramban dibatalkan', tx.error ?? new DOMException('', 'AbortError'))));
		});
	} finally {
		db.close();
	}
}

/** Records a report adds, over the tables an upload can fill. */
export function recordCount(laporan: readonly Report[]): number {
	return laporan.reduce(
		(n, l) => n + l.ikm.length + l.indikator.length + l.anggaran.length + l.belanja.length + l.anggaran_tahun_lain.length + l.profil.length,
		0
	);
}

function newId(): string {
	if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** How many uploads are stored, without reading them. */
export function uploadCount(): Promise<number> {
	return withTransaction<number>('readonly', (s) => s.count());
}

const PROCESSED_KEY = 'semua';

export async function readProcessed(): Promise<Processed | null> {
	return (await withTransaction<Processed | undefined>('readonly', (s) => s.get(PROCESSED_KEY) as IDBRequest<Processed | undefined>, PROCESSED_STORE)) ?? null;
}

export async function saveProcessed(o: Processed): Promise<void> {
	await withTransaction('readwrite', (s) => s.put(o, PROCESSED_KEY), PROCESSED_STORE);
}

export async function listUploads(): Promise<Upload[]> {
	const all = await withTransaction<Upload[]>('readonly', (s) => s.getAll() as IDBRequest<Upload[]>);
	return all.sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}

/**
 * Stores an upload unless the same content is already stored. The look-up and
 * the write are one readwrite transaction, which IndexedDB runs one at a time
 * across tabs: two tabs adding the same file store it once. Returns the stored
 * upload (the earlier one for a duplicate) and whether it is new.
 */
export async function saveUpload(
	nama: string,
	tabel: Upload['tabel'],
	laporan: Report[],
	teks?: string,
	dokumen?: Uint8Array
): Promise<Upload & { baru: boolean }> {
	const kunci = await contentKey(laporan, teks, dokumen);
	const u: Upload = { id: newId(), nama, tanggal: new Date().toISOString(), tabel, jumlahBaris: recordCount(laporan), laporan, teks, dokumen, kunci };
	const db = await openDb();
	try {
		const result = await new Promise<Upload & { baru: boolean }>((ok, gagal) => {
			const tx = db.transaction(STORE, 'readwrite');
			const s = tx.objectStore(STORE);
			let save: Upload & { baru: boolean } = { ...u, baru: true };
			const all = s.getAll() as IDBRequest<Upload[]>;
			all.onsuccess = () => {
				const found = all.result.find((x) => x.kunci === kunci);
				if (found) save = { ...found, baru: false };
				else s.put(u);
			};
			tx.oncomplete = () => ok(save);
			tx.onerror = () => gagal(new Error(storageMessage('Penyimpanan peramban gagal', tx.error)));
			tx.onabort = () => gagal(new Error(storageMessage('Penyimpanan peramban dibatalkan', tx.error ?? new DOMException('', 'AbortError'))));
		});
		if (result.baru) notifyOtherTabs();
		return result;
	} finally {
		db.close();
	}
}

/** The uploaded original of a report file (the document, or its text), for the viewer; null when none is kept. */
export async function uploadDocument(file: string): Promise<{ byte: Uint8Array | null; teks: string | null } | null> {
	const u = (await listUploads()).find((x) => x.laporan.some((l) => l.file === file));
	if (!u) return null;
	return { byte: u.dokumen ?? null, teks: u.teks ?? null };
}

export async function deleteUpload(id: string): Promise<void> {
	await withTransaction('readwrite', (s) => s.delete(id));
	notifyOtherTabs();
}
