import type { CheckResult } from '$lib/upload/upload-task';

/** A file checked on the upload page: the worker's result, its place in the list, and whether it was added. */
export interface CheckedFile extends CheckResult {
	kunci: number;
	status: 'baru' | 'ditambahkan';
}
