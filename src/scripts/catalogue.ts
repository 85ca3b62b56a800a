/**
 * Catalogue island: Pagefind-driven facets that work without typing a query, with counts per value,
 * sorting, and the plain server-rendered list kept as the fallback when JavaScript or the index is
 * missing. Framework-free custom element; every text is set with textContent (content is untrusted).
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

const BATCH = 20;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

class KatalogInovasi extends HTMLElement {
	private pagefind?: Pagefind;
	private facets: Record<string, string> = {};
	private messages: Record<string, string> = {};
	private results: PagefindSearch['results'] = [];
	private shown = 0;
	private run = 0;

	async connectedCallback() {
		this.facets = JSON.parse(this.dataset.facets ?? '{}') as Record<string, string>;
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			status.textContent = this.messages.loading ?? '';
			this.pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
			await this.pagefind.options({ baseUrl: this.dataset.base ?? '/' });
			await this.pagefind.init();
			this.renderFacets(await this.pagefind.filters());
		} catch {
			status.textContent = this.messages.unavailable ?? '';
			return;
		}
		const form = this.querySelector('form')!;
		form.hidden = false;
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => void this.update());
		form.addEventListener('change', () => void this.update());
		form.addEventListener('reset', () => setTimeout(() => void this.update(), 0));
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-results]')!.hidden = false;
		await this.update();
	}

	private renderFacets(all: Record<string, Record<string, number>>) {
		const root = this.querySelector('[data-facets-root]')!;
		for (const [facet, label] of Object.entries(this.facets)) {
			const values = Object.keys(all[facet] ?? {}).sort((a, b) => a.localeCompare(b, 'id'));
			if (values.length === 0) continue;
			const fieldset = element('fieldset');
			fieldset.append(element('legend', label));
			for (const value of values) {
				const row = element('label');
				const box = element('input');
				box.type = 'checkbox';
				box.name = facet;
				box.value = value;
				const text = element('span');
				text.dataset.value = value;
				row.append(box, text);
				fieldset.append(row);
			}
			root.append(fieldset);
		}
	}

	private selectedFilters(form: HTMLFormElement) {
		const filters: Record<string, { any: string[] }> = {};
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
			(filters[box.name] ??= { any: [] }).any.push(box.value);
		}
		return filters;
	}

	private async update() {
		const form = this.querySelector('form')!;
		const run = ++this.run;
		const term = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		const [key, direction] = (form.elements.namedItem('urut') as HTMLSelectElement).value.split(':');
		const search = await this.pagefind!.search(term || null, { filters: this.selectedFilters(form), sort: { [key!]: direction } });
		if (run !== this.run) return;
		this.results = search?.results ?? [];
		this.updateCounts(search?.filters ?? {});
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		status.textContent = this.results.length === 0 ? (this.messages.empty ?? '') : (this.messages.count ?? '').replace('{n}', String(this.results.length));
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		list.replaceChildren(element('ul', undefined, 'cards'));
		this.shown = 0;
		await this.showMore(run);
	}

	private updateCounts(counts: Record<string, Record<string, number>>) {
		for (const span of this.querySelectorAll<HTMLElement>('[data-facets-root] span[data-value]')) {
			const input = span.previousElementSibling as HTMLInputElement;
			const count = counts[input.name]?.[span.dataset.value!] ?? 0;
			span.textContent = `${span.dataset.value} (${count})`;
		}
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
		const meta = [item.meta.skpd, item.meta.tahapan, `${this.messages.maturity ?? ''} ${item.meta.kematangan ?? ''}`].filter(Boolean).join(' · ');
		li.append(heading, element('p', item.meta.ringkasan ?? ''), element('p', meta, 'meta'));
		return li;
	}
}

customElements.define('katalog-inovasi', KatalogInovasi);
