/**
 * What a DOCX paragraph inherits from word/styles.xml: whether its style is a
 * heading, whether its runs are bold, and numbering set on the style (heading
 * styles often number chapters "BAB I" that way).
 *
 * Headings are known by the style's built-in name ("heading 1", which Word
 * stores in English whatever the interface language), by a localised style id
 * ("Judul1" in Indonesian Word, "Heading1"), or by an outline level; the visible
 * name a user gave a style is not trusted beyond that.
 */
import { attr, child, childVal, children, isOn, type XmlElement } from './docx-xml';

export interface StyleInfo {
	heading: boolean;
	bold: boolean | null;
	numId: string | null;
	ilvl: number | null;
}

export interface Styles {
	paragraph(styleId: string | null): StyleInfo;
	/** bold of a character style (w:rStyle), null when it says nothing */
	characterBold(styleId: string | null): boolean | null;
}

interface RawStyle {
	type: string;
	basedOn: string | null;
	heading: boolean;
	bold: boolean | null;
	numId: string | null;
	ilvl: number | null;
}

const HEADING_NAME = /^(heading|judul) ?[1-9]$|^title$|^judul$/i;
const HEADING_ID = /^(heading|judul|kop)[1-9]$|^title$/i;

export function readStyles(root: XmlElement | null): Styles {
	const styles = new Map<string, RawStyle>();
	let defaultParagraph: string | null = null;
	let defaultBold: boolean | null = null;
	const rPrDefault = child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr');
	if (rPrDefault) defaultBold = isOn(child(rPrDefault, 'b'));
	for (const s of children(root, 'style')) {
		const id = attr(s, 'styleId');
		if (!id) continue;
		const type = attr(s, 'type') ?? 'paragraph';
		const name = childVal(s, 'name') ?? '';
		const pPr = child(s, 'pPr');
		const outline = childVal(pPr, 'outlineLvl');
		const numPr = child(pPr, 'numPr');
		const ilvl = childVal(numPr, 'ilvl');
		styles.set(id, {
			type,
			basedOn: childVal(s, 'basedOn'),
			heading: HEADING_NAME.test(name.trim()) || HEADING_ID.test(id) || (outline !== null && Number(outline) >= 0 && Number(outline) < 9),
			bold: isOn(child(child(s, 'rPr'), 'b')),
			numId: childVal(numPr, 'numId'),
			ilvl: ilvl === null ? null : Number(ilvl)
		});
		if (type === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'default') ?? '')) defaultParagraph = id;
	}

	/** walk the basedOn chain (cycles cut) and take the nearest value of each property */
	function resolve(id: string | null, pick: (s: RawStyle) => unknown): unknown {
		const seen = new Set<string>();
		let cur = id;
		while (cur && !seen.has(cur)) {
			seen.add(cur);
			const s = styles.get(cur);
			if (!s) break;
			const v = pick(s);
			if (v !== null && v !== undefined && v !== false) return v;
			cur = s.basedOn;
		}
		return null;
	}

	const cache = new Map<string, StyleInfo>();
	const characterCache = new Map<string, boolean | null>();
	return {
		paragraph(styleId) {
			const id = styleId ?? defaultParagraph;
			const key = id ?? '';
			let info = cache.get(key);
			if (info) return info;
			// a heading style is the style itself or one it is based on ("Judul 1 Custom" based on "heading 1")
			const heading = resolve(id, (s) => s.heading) === true;
			const boldStyle = resolve(id, (s) => (s.bold === null ? null : { v: s.bold })) as { v: boolean } | null;
			const num = resolve(id, (s) => (s.numId === null ? null : s)) as RawStyle | null;
			info = { heading, bold: boldStyle ? boldStyle.v : defaultBold, numId: num?.numId ?? null, ilvl: num?.ilvl ?? null };
			cache.set(key, info);
			return info;
		},
		characterBold(styleId) {
			if (!styleId) return null;
			if (characterCache.has(styleId)) return characterCache.get(styleId)!;
			const b = resolve(styleId, (s) => (s.bold === null ? null : { v: s.bold })) as { v: boolean } | null;
			characterCache.set(styleId, b ? b.v : null);
			return b ? b.v : null;
		}
	};
}
