/**
 * What a file is, by its first bytes rather than its name: people rename files
 * (a PDF saved as .txt, an .odt renamed .docx), and the message must say what
 * the file really is. Only the signature is read here; the readers check the rest.
 */
export type Signature = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'utf16' | 'other';

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

export function signatureOf(bytes: Uint8Array): Signature {
	// a PDF may carry junk before the header; readers accept it within the first KiB
	const head = bytes.subarray(0, 1024);
	for (let i = 0; i + 4 <= head.length; i++) if (starts(head, [0x25, 0x50, 0x44, 0x46], i)) return 'pdf';
	if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
	if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
	if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
	if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) return 'utf16';
	return 'other';
}
