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
	/** the attributes as written; read on demand by `attr`, as most are never asked for */
	rawAttrs: string;
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
		// a reference is short: look for its ';' a few characters on only, so a text of many '&' stays linear
		let semi = -1;
		for (let k = amp + 1; k < s.length && k <= amp + 12; k++)
			if (s.charCodeAt(k) === 59) {
				semi = k;
				break;
			}
		if (semi < 0) {
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
/** letters, '_' and ':' (and any non-ASCII letter) may start an XML name */
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;

function localName(q: string): string {
	const k = q.indexOf(':');
	return k < 0 ? q : q.slice(k + 1);
}

/** Split the inside of a start tag (`w:tc w:val="x"`) into its name and attribute text. */
function splitTag(s: string): { name: string; rawAttrs: string } {
	let i = 0;
	while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
	return { name: s.slice(0, i), rawAttrs: s.slice(i) };
}

/** Each attribute of an attribute text, until `visit` returns true. */
function eachAttr(s: string, visit: (key: string, value: string) => boolean): void {
	let i = 0;
	while (i < s.length) {
		while (i < s.length && isSpace(s.charCodeAt(i))) i++;
		const eq = s.indexOf('=', i);
		if (eq < 0) return;
		const key = s.slice(i, eq).trim();
		let j = eq + 1;
		while (j < s.length && isSpace(s.charCodeAt(j))) j++;
		const quote = s[j];
		if (quote !== '"' && quote !== "'") return;
		const end = s.indexOf(quote, j + 1);
		if (end < 0) return;
		if (visit(key, s.slice(j + 1, end))) return;
		i = end + 1;
	}
}

/**
 * `skip`: local names of elements dropped with all they contain (formatting the
 * reader never asks about: borders, fonts, spacing), which keeps the tree small.
 */
export function parseXml(xml: string, skip: ReadonlySet<string> = new Set()): XmlTree {
	const top: XmlElement = { name: '', local: '', rawAttrs: '', children: [] };
	let skipping = 0;
	const stack: XmlElement[] = [top];
	let problem: string | null = null;
	let i = 0;
	const n = xml.length;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i && skipping === 0 && stack.length > 1) {
			const parent = stack[stack.length - 1];
			let blankText = true;
			for (let k = i; k < textEnd && blankText; k++) blankText = isSpace(xml.charCodeAt(k));
			// whitespace between elements carries nothing in WordprocessingML (text sits in w:t)
			if (!blankText) parent.children.push(decodeEntities(xml.slice(i, textEnd)));
			else if (parent.local === 't') parent.children.push(xml.slice(i, textEnd));
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
			if (stack.length > 1 && skipping === 0) stack[stack.length - 1].children.push(xml.slice(lt + 9, end));
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
			if (skipping > 0) {
				skipping--;
				i = gt + 1;
				continue;
			}
			const name = xml.slice(lt + 2, gt).trim();
			// close the nearest open element of that name; a stray end tag is dropped
			// only a few levels down: a stray end tag in a deep tree must not cost a walk to the root
			let k = stack.length - 1;
			const floor = Math.max(1, stack.length - 64);
			while (k >= floor && stack[k].name !== name) k--;
			if (k < floor) k = 0;
			if (k > 0) {
				if (k !== stack.length - 1) problem ??= `tag <${stack[stack.length - 1].name}> tidak ditutup`;
				stack.length = k;
			} else problem ??= `tag penutup </${name}> tanpa pembuka`;
			i = gt + 1;
			continue;
		}
		if (!isNameStart(xml.charCodeAt(lt + 1))) {
			// a '<' that starts no tag: damaged markup; read it as text so what follows keeps its place in the tree
			problem ??= 'tanda "<" yang bukan awal tag';
			if (skipping === 0 && stack.length > 1) stack[stack.length - 1].children.push('<');
			i = lt + 1;
			continue;
		}
		const selfClosing = xml[gt - 1] === '/';
		if (skipping > 0) {
			if (!selfClosing) skipping++;
			i = gt + 1;
			continue;
		}
		const { name, rawAttrs } = splitTag(xml.slice(lt + 1, selfClosing ? gt - 1 : gt));
		const local = localName(name);
		if (skip.has(local)) {
			if (!selfClosing) skipping = 1;
			i = gt + 1;
			continue;
		}
		const el: XmlElement = { name, local, rawAttrs, children: [] };
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
	let found: string | null = null;
	eachAttr(el.rawAttrs, (k, v) => {
		if (k === local || (k.endsWith(local) && k[k.length - local.length - 1] === ':')) found = decodeEntities(v);
		return found !== null;
	});
	return found;
}

/** The `val` attribute of a child element (`<w:gridSpan w:val="3"/>`), or null. */
export function childVal(el: XmlElement | null | undefined, local: string): string | null {
	const c = child(el, local);
	return c ? attr(c, 'val') : null;
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
