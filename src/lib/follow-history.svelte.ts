/**
 * Back and Forward move the address between filter choices (`tulisFilter` pushes
 * one entry per choice); a page's view follows the address. One effect for every
 * page that keeps filters in the URL, so they cannot drift apart.
 *
 * Only the address is tracked: the page's own writes after a change run nothing,
 * and the first run (hydration, handled by the page's onMount) is skipped.
 * Call it during component initialisation, like any `$effect`.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { currentAddress } from './url-filter';

export function followHistory(onAddress: (url: URL) => void): void {
	let first = true;
	$effect(() => {
		void page.state; // changes on every Back/Forward between filter entries
		void page.url;
		const url = untrack(() => currentAddress());
		if (first) {
			first = false;
			return;
		}
		untrack(() => onAddress(url));
	});
}
