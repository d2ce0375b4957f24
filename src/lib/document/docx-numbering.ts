/**
 * Word's automatic numbering (word/numbering.xml) turned back into the label a
 * reader sees: "1.", "a.", "II.", "2.3". Reports number their programs and
 * sasaran this way, and the extractor reads those labels as it reads typed ones,
 * so the label is written in front of the paragraph text.
 *
 * Counters belong to the abstract definition, as in Word: two lists that share
 * one continue each other, unless a list instance restarts a level
 * (w:lvlOverride/w:startOverride), which it does on its first paragraph. A level
 * that counts resets the levels below it.
 */
import { attr, child, childVal, children, isOn, type XmlElement } from './docx-xml';

interface Level {
	format: string;
	text: string;
	start: number;
	/** what follows the label: tab, space or nothing */
	suffix: string;
	legal: boolean;
}

interface Num {
	abstractId: string;
	overrides: Map<number, { start: number | null; level: Level | null }>;
}

function readLevel(l: XmlElement): Level {
	const start = Number(childVal(l, 'start') ?? 1);
	return {
		format: childVal(l, 'numFmt') ?? 'decimal',
		text: childVal(l, 'lvlText') ?? '',
		start: Number.isFinite(start) ? start : 1,
		suffix: childVal(l, 'suff') ?? 'tab',
		legal: isOn(child(l, 'isLgl')) === true
	};
}

const ROMAN: [number, string][] = [
	[1000, 'm'],
	[900, 'cm'],
	[500, 'd'],
	[400, 'cd'],
	[100, 'c'],
	[90, 'xc'],
	[50, 'l'],
	[40, 'xl'],
	[10, 'x'],
	[9, 'ix'],
	[5, 'v'],
	[4, 'iv'],
	[1, 'i']
];

function roman(n: number): string {
	if (n <= 0 || n >= 4000) return String(n);
	let s = '';
	for (const [v, r] of ROMAN)
		while (n >= v) {
			s += r;
			n -= v;
		}
	return s;
}

/** Word writes 27 as "aa", 28 as "bb": the letter repeated, not a base-26 number. */
function letter(n: number): string {
	if (n <= 0) return String(n);
	return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
	switch (format) {
		case 'upperRoman':
			return roman(n).toUpperCase();
		case 'lowerRoman':
			return roman(n);
		case 'upperLetter':
			return letter(n).toUpperCase();
		case 'lowerLetter':
			return letter(n);
		case 'decimalZero':
			return n < 10 ? `0${n}` : String(n);
		case 'none':
			return '';
		default:
			// decimal and the formats a report hardly uses (ordinal, cardinalText, enclosed digits): digits are what a reader needs
			return String(n);
	}
}

export type Label = { kind: 'bullet' } | { kind: 'text'; text: string; suffix: string };

export interface Numbering {
	/** the label of the next paragraph of list `numId` at level `ilvl`, or null when it has none */
	next(numId: string, ilvl: number): Label | null;
}

/**
 * `styleNumId`: the list a numbering style stands for. A list defined as a list
 * style (Word's multilevel chapter lists) has an abstract definition with no
 * levels of its own, only a link to the style, whose list holds the levels.
 */
export function readNumbering(root: XmlElement | null, styleNumId: (styleId: string) => string | null = () => null): Numbering {
	const abstracts = new Map<string, Map<number, Level>>();
	const links = new Map<string, string>();
	for (const a of children(root, 'abstractNum')) {
		const id = attr(a, 'abstractNumId');
		if (id === null) continue;
		const levels = new Map<number, Level>();
		for (const l of children(a, 'lvl')) levels.set(Number(attr(l, 'ilvl') ?? 0), readLevel(l));
		abstracts.set(id, levels);
		const link = childVal(a, 'numStyleLink');
		if (link) links.set(id, link);
	}
	const nums = new Map<string, Num>();
	for (const n of children(root, 'num')) {
		const id = attr(n, 'numId');
		const abstractId = childVal(n, 'abstractNumId');
		if (id === null || abstractId === null) continue;
		const overrides = new Map<number, { start: number | null; level: Level | null }>();
		for (const o of children(n, 'lvlOverride')) {
			const so = childVal(o, 'startOverride');
			const lvl = child(o, 'lvl');
			overrides.set(Number(attr(o, 'ilvl') ?? 0), { start: so === null ? null : Number(so), level: lvl ? readLevel(lvl) : null });
		}
		nums.set(id, { abstractId, overrides });
	}

	const counters = new Map<string, (number | null)[]>();
	const used = new Set<string>();

	/** the abstract definition that holds the levels, through a style link (a chain of a few at most) */
	function definition(abstractId: string): string {
		let id = abstractId;
		for (let hop = 0; hop < 4 && links.has(id) && !(abstracts.get(id)?.size ?? 0); hop++) {
			const numId = styleNumId(links.get(id)!);
			const target = numId ? nums.get(numId)?.abstractId : undefined;
			if (!target || target === id) break;
			id = target;
		}
		return id;
	}

	return {
		next(numId, ilvl) {
			const num = nums.get(numId);
			if (!num) return null;
			const abstractId = definition(num.abstractId);
			const levels = abstracts.get(abstractId);
			if (!levels) return null;
			let c = counters.get(abstractId);
			if (!c) counters.set(abstractId, (c = Array<number | null>(9).fill(null)));
			if (!used.has(numId)) {
				used.add(numId);
				for (const [k, o] of num.overrides) if (o.start !== null && k >= 0 && k < 9) c[k] = o.start - 1;
			}
			const level = (k: number) => num.overrides.get(k)?.level ?? levels.get(k) ?? null;
			const lvl = level(ilvl);
			if (!lvl || ilvl < 0 || ilvl > 8) return null;
			c[ilvl] = c[ilvl] === null ? lvl.start : c[ilvl]! + 1;
			for (let k = ilvl + 1; k < 9; k++) c[k] = null;
			if (lvl.format === 'bullet') return { kind: 'bullet' };
			let text = '';
			const t = lvl.text;
			for (let i = 0; i < t.length; i++) {
				const d = t.charCodeAt(i + 1) - 48;
				if (t[i] === '%' && d >= 1 && d <= 9) {
					const k = d - 1;
					const lk = level(k);
					const value = c[k] ?? lk?.start ?? 1;
					text += formatNumber(value, lvl.legal && k < ilvl ? 'decimal' : (lk?.format ?? 'decimal'));
					i++;
				} else text += t[i];
			}
			return { kind: 'text', text, suffix: lvl.suffix };
		}
	};
}
