/**
 * Catalogue island. The facets, counts and first page are rendered at build time; this script
 * starts loading Pagefind on the visitor's first touch of the form (with a visible "loading"
 * status). Until Pagefind is ready, a single ticked value is answered from the build's preview of
 * that value (one small file; see facet-preview.ts). Then it shows Pagefind's results (facets work without typing a query, relevance first when a word
 * is typed), keeps every count true for "this value added to the current selection", shows the
 * selection as removable chips, and keeps it all in the address so it can be shared and survives
 * Back. Framework-free custom element; every text is set with textContent (content is untrusted).
 */

import { toFacetPreviewPath, type FacetPreview } from '../lib/site/facet-preview.ts';
import type { FacetKey } from '../lib/site/facets.ts';

interface PagefindResultData {
	url: string;
	meta: Record<string, string>;
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

class KatalogInovasi extends HTMLElement {
	private pagefind?: Promise<Pagefind>;
	private messages: Record<string, string> = {};
	private results: PagefindSearch['results'] = [];
	private shown = 0;
	private run = 0;
	private sortChosen = false;
	private filtersLoaded?: Promise<unknown>;
	private ready = false;
	/** The run whose results were drawn from a preview (Pagefind then keeps those cards). */
	private previewRun = 0;
	/** The run whose Pagefind results are drawn (a late preview then stays away). */
	private drawnRun = 0;

	connectedCallback() {
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		const form = this.form();
		form.addEventListener('submit', (event) => event.preventDefault());
		// A typed word sorts by relevance unless the visitor chose an order themselves.
		const select = form.elements.namedItem('urut') as HTMLSelectElement;
		select.addEventListener('change', () => (this.sortChosen = true));
		// The word updates on every keystroke ('input'); boxes and the order on 'change'. A box fires
		// both events, and answering twice cost a second round trip on a slow network.
		const word = form.elements.namedItem('q');
		form.addEventListener('input', (event) => {
			if (event.target !== word) return;
			if (!this.sortChosen) {
				const typed = (event.target as HTMLInputElement).value.trim() !== '';
				select.value = typed ? 'relevansi' : 'kematangan:desc';
			}
			void this.update();
		});
		form.addEventListener('change', (event) => {
			if (event.target !== word) void this.update();
		});
		form.addEventListener('reset', () => setTimeout(() => void this.update(), 0));
		// Warm Pagefind on the first touch, before the first filter is even ticked.
		for (const type of ['focusin', 'pointerdown'])
			this.addEventListener(type, () => void this.loadPagefind().catch(() => undefined), {
				once: true,
			});
		const panel = this.querySelector<HTMLElement>('[data-panel]')!;
		const toggle = this.querySelector<HTMLButtonElement>('[data-open]')!;
		toggle.addEventListener('click', () => this.setPanel(panel, toggle, true));
		this.querySelector('[data-close]')!.addEventListener('click', () =>
			this.setPanel(panel, toggle, false)
		);
		panel.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') this.setPanel(panel, toggle, false);
		});
		if (this.restore(form)) void this.update();
	}

	private form(): HTMLFormElement {
		return this.querySelector('form')!;
	}

	private setPanel(panel: HTMLElement, toggle: HTMLButtonElement, open: boolean) {
		panel.classList.toggle('open', open);
		toggle.setAttribute('aria-expanded', String(open));
		if (open) panel.querySelector<HTMLElement>('input')?.focus();
		else toggle.focus();
	}

	/** Fills the form from the address (`?q=…&urut=…&skpd=…`); true when anything was set. */
	private restore(form: HTMLFormElement): boolean {
		const params = new URLSearchParams(location.search);
		let any = false;
		const q = params.get('q');
		if (q) {
			(form.elements.namedItem('q') as HTMLInputElement).value = q;
			any = true;
		}
		const sort = params.get('urut');
		const select = form.elements.namedItem('urut') as HTMLSelectElement;
		if (sort && [...select.options].some((option) => option.value === sort)) {
			select.value = sort;
			any = true;
		}
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			if (params.getAll(box.name).includes(box.value)) {
				box.checked = true;
				any = true;
			}
		}
		return any;
	}

	/** Writes the form into the address without adding a history entry. */
	private remember(form: HTMLFormElement, term: string) {
		const params = new URLSearchParams();
		if (term) params.set('q', term);
		const sort = (form.elements.namedItem('urut') as HTMLSelectElement).value;
		if (sort !== 'kematangan:desc') params.set('urut', sort);
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
			params.append(box.name, box.value);
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
	}

	/** Loads Pagefind once, on first use. */
	private loadPagefind(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
			// No web worker: on a slow network its 5-second start-up limit ran out while the worker,
			// the WebAssembly and the index metadata were still downloading, and Pagefind then started
			// again on the main thread (a 42 KiB worker script more, for the same search).
			await pagefind.options({ baseUrl: this.dataset.base ?? '/', noWorker: true });
			await pagefind.init();
			this.ready = true;
			return pagefind;
		})();
		return this.pagefind;
	}

	private selectedFilters(form: HTMLFormElement, except?: string) {
		const filters: Record<string, { any: string[] }> = {};
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
			if (box.name !== except) (filters[box.name] ??= { any: [] }).any.push(box.value);
		}
		return filters;
	}

	private async update() {
		const form = this.form();
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const run = ++this.run;
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		// Busy until Pagefind's answer is drawn (a preview may be shown meanwhile).
		results.setAttribute('aria-busy', 'true');
		const term = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		this.remember(form, term);
		this.renderChips(form);
		const preview = this.ready ? undefined : this.findPreview(form, term);
		if (preview) void this.showPreview(run, preview);
		let pagefind: Pagefind;
		const slow = setTimeout(() => {
			if (run === this.run && this.previewRun !== run)
				status.textContent = this.messages.loading ?? '';
		}, 150);
		try {
			pagefind = await this.loadPagefind();
		} catch {
			clearTimeout(slow);
			if (this.previewRun !== run) status.textContent = this.messages.unavailable ?? '';
			results.removeAttribute('aria-busy');
			return;
		}
		// Once a filter is ticked, every filter index is needed: a filtered search reports counts only
		// for the groups it filters on, and the others would show a false "(0)". A word alone does not
		// pay for them (they are most of a first search's download at 10,000 innovations).
		// Once loading has begun it is awaited by every later run too: a run that unticked the last
		// value while the indexes were still arriving counted every value as a false "(0)".
		const ticked = Object.keys(this.selectedFilters(form)).length > 0;
		if (ticked || this.filtersLoaded) await (this.filtersLoaded ??= pagefind.filters());
		const sortValue = (form.elements.namedItem('urut') as HTMLSelectElement).value;
		// Relevance is Pagefind's own order for a word; without a word it falls back to maturity.
		const [key, direction] = (
			sortValue === 'relevansi' ? (term ? '' : 'kematangan:desc') : sortValue
		).split(':');
		const sort = key ? { sort: { [key]: direction } } : {};
		const search = await pagefind.search(term || null, {
			filters: this.selectedFilters(form),
			...sort,
		});
		const counts = await this.countFacets(pagefind, form, term || null, search);
		clearTimeout(slow);
		if (run !== this.run) return;
		this.drawnRun = run;
		this.results = search?.results ?? [];
		// Counts are Pagefind's only with its filter indexes; without them (a word alone) a count is
		// unknown, and with nothing asked at all it is the build's own count.
		this.updateCounts(this.filtersLoaded ? counts : !term && !ticked ? 'build' : 'unknown');
		this.showCount(this.results.length);
		if (this.previewRun === run) {
			// The preview drew the same first results in the same order: keep them (and the focus).
			this.shown = Math.min(this.batch(), this.results.length);
			this.addMoreButton();
		} else {
			results.replaceChildren(element('ul', undefined, 'cards'));
			this.shown = 0;
			await this.showMore(run);
		}
		if (run === this.run) results.removeAttribute('aria-busy');
	}

	private batch(): number {
		return Number(this.dataset.batch);
	}

	/** The ticked value and its preview file, when the form is one value in the default order. */
	private findPreview(
		form: HTMLFormElement,
		term: string
	): { value: string; url: string } | undefined {
		const sort = (form.elements.namedItem('urut') as HTMLSelectElement).value;
		const ticked = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
		if (term || !['relevansi', 'kematangan:desc'].includes(sort) || ticked.length !== 1)
			return undefined;
		const box = ticked[0]!;
		const index = [...form.querySelectorAll(`input[name="${box.name}"]`)].indexOf(box);
		const path = toFacetPreviewPath(box.name as FacetKey, index);
		return { value: box.value, url: `${this.dataset.base ?? '/'}${path}` };
	}

	/** Draws a preview unless Pagefind's own answer to this run came first. */
	private async showPreview(run: number, { value, url }: { value: string; url: string }) {
		let preview: FacetPreview;
		try {
			const response = await fetch(url);
			if (!response.ok) return;
			preview = (await response.json()) as FacetPreview;
		} catch {
			return;
		}
		if (run !== this.run || this.drawnRun === run || preview.value !== value) return;
		this.previewRun = run;
		this.showCount(preview.count);
		this.updateCounts(preview.counts);
		const ul = element('ul', undefined, 'cards');
		for (const item of preview.results) ul.append(this.renderCard(item));
		this.querySelector<HTMLElement>('[data-results]')!.replaceChildren(ul);
	}

	/** The result count in the status line and on the panel's "Tampilkan n inovasi" button. */
	private showCount(count: number) {
		this.querySelector<HTMLElement>('[data-status]')!.textContent =
			count === 0
				? (this.messages.empty ?? '')
				: (this.messages.count ?? '').replace('{n}', String(count));
		this.querySelector('[data-close]')!.textContent = (this.messages.show ?? '').replace(
			'{n}',
			String(count)
		);
	}

	/**
	 * Counts per facet value as "results if this value were added": each group is counted with the
	 * other groups' selections only (a group's own values are alternatives, never a false zero).
	 */
	private async countFacets(
		pagefind: Pagefind,
		form: HTMLFormElement,
		term: string | null,
		search: PagefindSearch | null
	): Promise<Record<string, Record<string, number>>> {
		const groups = [
			...new Set(
				[...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((box) => box.name)
			),
		];
		const selected = this.selectedFilters(form);
		const counts: Record<string, Record<string, number>> = {};
		for (const group of groups) {
			const own = selected[group] !== undefined;
			const result = own
				? await pagefind.search(term, { filters: this.selectedFilters(form, group) })
				: search;
			counts[group] = result?.filters[group] ?? {};
		}
		return counts;
	}

	/**
	 * Writes each value's count: Pagefind's, the build's (`data-total`, nothing filtered), or none
	 * when it is not known; a value known to leave nothing cannot be ticked (a ticked one can still
	 * be unticked).
	 */
	private updateCounts(counts: Record<string, Record<string, number>> | 'build' | 'unknown') {
		for (const span of this.querySelectorAll<HTMLElement>('.filters span[data-value]')) {
			const input = span.previousElementSibling as HTMLInputElement;
			const count =
				counts === 'unknown'
					? undefined
					: counts === 'build'
						? Number(span.dataset.total)
						: (counts[input.name]?.[span.dataset.value!] ?? 0);
			span.textContent =
				count === undefined ? span.dataset.value! : `${span.dataset.value} (${count})`;
			input.disabled = count === 0 && !input.checked;
		}
		const selected = this.querySelectorAll('.filters input:checked').length;
		this.querySelector('[data-open]')!.textContent = (this.messages.filter ?? '').replace(
			'{n}',
			String(selected)
		);
	}

	/** One removable chip per ticked value. */
	private renderChips(form: HTMLFormElement) {
		const chips = this.querySelector<HTMLElement>('[data-chips]')!;
		chips.replaceChildren(
			...[...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => {
				const li = element('li');
				const button = element('button', `${box.value} ✕`);
				button.type = 'button';
				button.setAttribute(
					'aria-label',
					(this.messages.remove ?? '').replace('{value}', box.value)
				);
				button.addEventListener('click', () => {
					box.checked = false;
					void this.update();
				});
				li.append(button);
				return li;
			})
		);
	}

	private async showMore(run: number) {
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		const ul = list.querySelector('ul')!;
		const batch = this.results.slice(this.shown, this.shown + this.batch());
		const items = await Promise.all(batch.map((result) => result.data()));
		if (run !== this.run) return;
		for (const item of items) ul.append(this.renderCard(item));
		this.shown += batch.length;
		this.addMoreButton();
	}

	/** "Tampilkan lebih banyak" while results remain (replacing the previous one). */
	private addMoreButton() {
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		list.querySelector('button')?.remove();
		if (this.shown < this.results.length) {
			const more = element('button', this.messages.more);
			more.type = 'button';
			more.addEventListener('click', () => void this.showMore(this.run));
			list.append(more);
		}
	}

	private renderCard(item: PagefindResultData): HTMLLIElement {
		const li = element('li', undefined, 'card');
		const heading = element('h2');
		const link = element('a', item.meta.title ?? item.url);
		link.href = item.url;
		heading.append(link);
		const meta = [
			item.meta.skpd,
			item.meta.tahapan,
			`${this.messages.maturity ?? ''} ${item.meta.kematangan ?? ''}`,
		]
			.filter(Boolean)
			.join(' · ');
		li.append(heading, element('p', item.meta.ringkasan ?? ''), element('p', meta, 'meta'));
		return li;
	}
}

customElements.define('katalog-inovasi', KatalogInovasi);
