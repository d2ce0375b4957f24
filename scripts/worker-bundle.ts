/**
 * A worker thread's TypeScript module as one plain ES module, so the thread starts
 * in about a tenth of a second. Under tsx a worker must register tsx's loader and
 * compile its hundred-odd modules again through the loader's hook thread: about half
 * a second per worker, which is most of a build of a few hundred reports on 2 cores.
 *
 * esbuild (what tsx itself compiles with) bundles the module once per process;
 * packages stay external and the file is written under node_modules/.cache, so bare
 * imports such as pdfjs-dist resolve from the project's node_modules as they do
 * under tsx. The file is named by its content hash and written by rename, so two
 * builds at once never read each other's half-written bundle.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'dasbor-worker');

const bundled = new Map<string, Promise<URL>>();

/** The bundled module of `entry` (a TypeScript file URL), built at the first call of this process. */
export function workerModule(entry: URL): Promise<URL> {
	const key = entry.href;
	let url = bundled.get(key);
	if (!url) {
		url = bundle(entry);
		bundled.set(key, url);
	}
	return url;
}

async function bundle(entry: URL): Promise<URL> {
	const out = await build({
		entryPoints: [fileURLToPath(entry)],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		write: false,
		logLevel: 'silent'
	});
	const code = out.outputFiles[0].contents;
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
	const name = fileURLToPath(entry).split(/[\\/]/).pop()!.replace(/\.ts$/, '');
	const file = join(CACHE_DIR, `${name}.${hash}.mjs`);
	if (!existsSync(file)) {
		mkdirSync(CACHE_DIR, { recursive: true });
		const tmp = `${file}.${process.pid}.tmp`;
		writeFileSync(tmp, code);
		renameSync(tmp, file);
	}
	return pathToFileURL(file);
}
