/**
 * Catalogue island. The facets, counts and first page are rendered at build time; this script
 * starts loading Pagefind on the visitor's first touch of the form (with a visible "loading"
 * status), then shows its results (facets work without typing a query, relevance first when a word
 * is typed), keeps every count true for "this value added to the current selection", shows the
 * selection as removable chips, and keeps it all in the address so it can be shared and survives
 * Back. Framework-free custom element; every text is set with textContent (content is untrusted).
 */

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

/** Results shown per step: two screens on a phone; each result is one more fragment to download. */
const BATCH = 10;

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

	connectedCallback() {
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		const form = this.form();
		form.addEventListener('submit', (event) => event.preventDefault());
		// A typed word sorts by relevance unless the visitor chose an order themselves.
		const select = form.elements.namedItem('urut') as HTMLSelectElement;
		select.addEventListener('change', () => (this.sortChosen = true));
		form.addEventListener('input', (event) => {
			if (!this.sortChosen && event.target === form.elements.namedItem('q')) {
				const typed = (event.target as HTMLInputElement).value.trim() !== '';
				select.value = typed ? 'relevansi' : 'kematangan:desc';
			}
			void this.update();
		});
		form.addEventListener('change', () => void this.update());
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
		const term = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		this.remember(form, term);
		this.renderChips(form);
		let pagefind: Pagefind;
		const slow = setTimeout(() => {
			if (run === this.run) status.textContent = this.messages.loading ?? '';
		}, 150);
		try {
			pagefind = await this.loadPagefind();
		} catch {
			clearTimeout(slow);
			status.textContent = this.messages.unavailable ?? '';
			return;
		}
		// Once a filter is ticked, every filter index is needed: a filtered search reports counts only
		// for the groups it filters on, and the others would show a false "(0)". A word alone does not
		// pay for them (they are most of a first search's download at 10,000 innovations).
		if (Object.keys(this.selectedFilters(form)).length > 0)
			await (this.filtersLoaded ??= pagefind.filters());
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
		this.results = search?.results ?? [];
		this.updateCounts(counts);
		status.textContent =
			this.results.length === 0
				? (this.messages.empty ?? '')
				: (this.messages.count ?? '').replace('{n}', String(this.results.length));
		this.querySelector('[data-close]')!.textContent = (this.messages.show ?? '').replace(
			'{n}',
			String(this.results.length)
		);
		this.querySelector<HTMLElement>('[data-results]')!.replaceChildren(
			element('ul', undefined, 'cards')
		);
		this.shown = 0;
		await this.showMore(run);
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

	private updateCounts(counts: Record<string, Record<string, number>>) {
		for (const span of this.querySelectorAll<HTMLElement>('.filters span[data-value]')) {
			const input = span.previousElementSibling as HTMLInputElement;
			span.textContent = `${span.dataset.value} (${counts[input.name]?.[span.dataset.value!] ?? 0})`;
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
		const batch = this.results.slice(this.shown, this.shown + BATCH);
		const items = await Promise.all(batch.map((result) => result.data()));
		if (run !== this.run) return;
		for (const item of items) ul.append(this.renderCard(item));
		this.shown += batch.length;
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
