/**
 * A small XML reader for the parts of a DOCX: one left-to-right pass that builds
 * a tree of elements and text, in time linear in the input (only indexOf scans
 * and character loops, no backtracking regexes: a document is untrusted input).
 *
 * Why not DOMParser: it is missing in Node, and a WordprocessingML part needs
 * none of what a full parser gives (DTDs, namespaces resolved, validation).
 * Entities are the five predefined ones and character references; a DOCTYPE is
 * skipped, never expanded. A part cut off or with unbalanced tags is read as far
 * as it goes and says so in `problem`, so a damaged document keeps its text.
 */

export interface XmlElement {
	/** qualified name as written, e.g. `w:p` */
	name: string;
	/** name without its prefix, e.g. `p` */
	local: string;
	attrs: Map<string, string>;
	children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlTree {
	root: XmlElement | null;
	/** what was wrong with the markup (Indonesian, for a note), or null */
	problem: string | null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode entity and character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
	if (s.indexOf('&') < 0) return s;
	let out = '';
	let i = 0;
	while (i < s.length) {
		const amp = s.indexOf('&', i);
		if (amp < 0) break;
		out += s.slice(i, amp);
		const semi = s.indexOf(';', amp + 1);
		// a reference is short; a lone '&' far from any ';' is text
		if (semi < 0 || semi - amp > 12) {
			out += '&';
			i = amp + 1;
			continue;
		}
		const ref = s.slice(amp + 1, semi);
		let ch: string | null = null;
		if (ref.startsWith('#x') || ref.startsWith('#X')) {
			const n = parseInt(ref.slice(2), 16);
			if (Number.isFinite(n) && n >= 0 && n <= 0x10ffff) ch = String.fromCodePoint(n);
		} else if (ref.startsWith('#')) {
			const n = parseInt(ref.slice(1), 10);
			if (Number.isFinite(n) && n >= 0 && n <= 0x10ffff) ch = String.fromCodePoint(n);
		} else ch = NAMED[ref] ?? null;
		if (ch === null) {
			out += '&';
			i = amp + 1;
		} else {
			out += ch;
			i = semi + 1;
		}
	}
	return out + s.slice(i);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function localName(q: string): string {
	const k = q.indexOf(':');
	return k < 0 ? q : q.slice(k + 1);
}

/** Parse the inside of a start tag (`w:tc w:val="x"`) into name and attributes. */
function parseTag(s: string): { name: string; attrs: Map<string, string> } {
	let i = 0;
	while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
	const name = s.slice(0, i);
	const attrs = new Map<string, string>();
	while (i < s.length) {
		while (i < s.length && isSpace(s.charCodeAt(i))) i++;
		const eq = s.indexOf('=', i);
		if (eq < 0) break;
		const key = s.slice(i, eq).trim();
		let j = eq + 1;
		while (j < s.length && isSpace(s.charCodeAt(j))) j++;
		const quote = s[j];
		if (quote !== '"' && quote !== "'") break;
		const end = s.indexOf(quote, j + 1);
		if (end < 0) break;
		attrs.set(key, decodeEntities(s.slice(j + 1, end)));
		i = end + 1;
	}
	return { name, attrs };
}

export function parseXml(xml: string): XmlTree {
	const top: XmlElement = { name: '', local: '', attrs: new Map(), children: [] };
	const stack: XmlElement[] = [top];
	let problem: string | null = null;
	let i = 0;
	const n = xml.length;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i) {
			const text = xml.slice(i, textEnd);
			// whitespace between elements carries nothing in WordprocessingML (text sits in w:t)
			if (stack.length > 1 && text.trim() !== '') stack[stack.length - 1].children.push(decodeEntities(text));
			else if (stack.length > 1 && stack[stack.length - 1].local === 't') stack[stack.length - 1].children.push(text);
		}
		if (lt < 0) break;
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			if (end < 0) {
				problem = 'komentar XML tidak ditutup';
				break;
			}
			i = end + 3;
			continue;
		}
		if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt + 9);
			if (end < 0) {
				problem = 'bagian CDATA tidak ditutup';
				break;
			}
			if (stack.length > 1) stack[stack.length - 1].children.push(xml.slice(lt + 9, end));
			i = end + 3;
			continue;
		}
		const gt = xml.indexOf('>', lt + 1);
		if (gt < 0) {
			problem = 'berkas XML terpotong di tengah tag';
			break;
		}
		const c = xml[lt + 1];
		if (c === '?' || c === '!') {
			// processing instruction or DOCTYPE: skipped (a DOCTYPE with an internal subset holds '>' inside brackets)
			if (xml.startsWith('<!DOCTYPE', lt)) {
				const bracket = xml.indexOf('[', lt);
				if (bracket >= 0 && bracket < gt) {
					const close = xml.indexOf(']>', bracket);
					i = close < 0 ? n : close + 2;
					continue;
				}
			}
			i = gt + 1;
			continue;
		}
		if (c === '/') {
			const name = xml.slice(lt + 2, gt).trim();
			// close the nearest open element of that name; a stray end tag is dropped
			let k = stack.length - 1;
			while (k > 0 && stack[k].name !== name) k--;
			if (k > 0) {
				if (k !== stack.length - 1) problem ??= `tag <${stack[stack.length - 1].name}> tidak ditutup`;
				stack.length = k;
			} else problem ??= `tag penutup </${name}> tanpa pembuka`;
			i = gt + 1;
			continue;
		}
		const selfClosing = xml[gt - 1] === '/';
		const { name, attrs } = parseTag(xml.slice(lt + 1, selfClosing ? gt - 1 : gt));
		const el: XmlElement = { name, local: localName(name), attrs, children: [] };
		stack[stack.length - 1].children.push(el);
		if (!selfClosing) stack.push(el);
		i = gt + 1;
	}
	if (!problem && stack.length > 1) problem = `berkas XML berakhir sebelum <${stack[stack.length - 1].name}> ditutup`;
	const root = top.children.find((c): c is XmlElement => typeof c !== 'string') ?? null;
	return { root, problem };
}

/** An attribute by its local name, whatever its prefix (`w:val`, `val`). */
export function attr(el: XmlElement, local: string): string | null {
	for (const [k, v] of el.attrs) if (k === local || k.endsWith(':' + local)) return v;
	return null;
}

/** First child element with that local name. */
export function child(el: XmlElement | null | undefined, local: string): XmlElement | null {
	if (!el) return null;
	for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
	return null;
}

/** Child elements with that local name. */
export function children(el: XmlElement | null | undefined, local: string): XmlElement[] {
	if (!el) return [];
	return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

/** Text content of an element (its text children only, as in w:t). */
export function textOf(el: XmlElement): string {
	let s = '';
	for (const c of el.children) if (typeof c === 'string') s += c;
	return s;
}

/**
 * Whether an on/off property (w:b, w:vanish …) is on: present without a value,
 * or with a value other than false/0/off.
 */
export function isOn(el: XmlElement | null): boolean | null {
	if (!el) return null;
	const v = attr(el, 'val');
	return v === null || !(v === 'false' || v === '0' || v === 'off' || v === 'none');
}
