/**
 * Catalogue island. The facets, counts and first page are rendered at build time; this script
 * loads Pagefind only when the visitor first filters, searches or sorts, then shows its results
 * (facets work without typing a query) and updates the counts. Framework-free custom element;
 * every text is set with textContent (content is untrusted).
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
	search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const BATCH = 20;

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

	connectedCallback() {
		this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => void this.update());
		form.addEventListener('change', () => void this.update());
		form.addEventListener('reset', () => setTimeout(() => void this.update(), 0));
	}

	/** Loads Pagefind once, on first use. */
	private loadPagefind(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
			await pagefind.options({ baseUrl: this.dataset.base ?? '/' });
			await pagefind.init();
			return pagefind;
		})();
		return this.pagefind;
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
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const run = ++this.run;
		let pagefind: Pagefind;
		try {
			pagefind = await this.loadPagefind();
		} catch {
			status.textContent = this.messages.unavailable ?? '';
			return;
		}
		const term = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		const [key, direction] = (form.elements.namedItem('urut') as HTMLSelectElement).value.split(
			':'
		);
		const search = await pagefind.search(term || null, {
			filters: this.selectedFilters(form),
			sort: { [key!]: direction },
		});
		if (run !== this.run) return;
		this.results = search?.results ?? [];
		this.updateCounts(search?.filters ?? {});
		status.textContent =
			this.results.length === 0
				? (this.messages.empty ?? '')
				: (this.messages.count ?? '').replace('{n}', String(this.results.length));
		this.querySelector<HTMLElement>('[data-results]')!.replaceChildren(
			element('ul', undefined, 'cards')
		);
		this.shown = 0;
		await this.showMore(run);
	}

	private updateCounts(counts: Record<string, Record<string, number>>) {
		for (const span of this.querySelectorAll<HTMLElement>('.facets span[data-value]')) {
			const input = span.previousElementSibling as HTMLInputElement;
			span.textContent = `${span.dataset.value} (${counts[input.name]?.[span.dataset.value!] ?? 0})`;
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
