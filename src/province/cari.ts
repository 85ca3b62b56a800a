// The province search (bundled to <keluar>/cari.js by npm run provinsi): one Pagefind search over
// every regency's own index, merged in the browser, each result tagged with its regency. A source
// whose index cannot be loaded is left out and named; the others still answer. Text is set with
// textContent only: titles come from the regencies' sites.

/** What this page uses of a regency's Pagefind bundle. */
interface Pagefind {
	init(): Promise<void>;
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
	search(
		term: string,
		options: { filters: Record<string, string> }
	): Promise<{ results: { data(): Promise<Result> }[] }>;
}

interface Result {
	url: string;
	meta?: { title?: string };
}

class CariProvinsi extends HTMLElement {
	async connectedCallback() {
		const sources = JSON.parse(this.dataset.sumber || '[]') as { nama: string; situs: string }[];
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLElement>('[data-hasil]')!;
		const word = this.querySelector<HTMLInputElement>('#kata')!;
		const region = this.querySelector<HTMLSelectElement>('#daerah')!;
		const missing: string[] = [];
		let pagefind: Pagefind | undefined;
		for (const source of sources) {
			const base = new URL('pagefind/', source.situs).href;
			// Probe first: a broken index merged into Pagefind would break every search.
			const ok = await fetch(`${base}pagefind-entry.json`)
				.then(async (response) => response.ok && (await response.json()) !== null)
				.catch(() => false);
			if (!ok) {
				missing.push(source.nama);
				continue;
			}
			try {
				if (!pagefind) {
					pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
					await pagefind.options({ baseUrl: source.situs });
					// The primary index takes its regency tag only once loaded (before, it is dropped).
					await pagefind.init();
					await pagefind.options({ mergeFilter: { daerah: source.nama } });
				} else
					await pagefind.mergeIndex(base, {
						baseUrl: source.situs,
						mergeFilter: { daerah: source.nama },
					});
			} catch {
				missing.push(source.nama);
			}
		}
		const note = missing.length ? ` Tidak tersedia: ${missing.join(', ')}.` : '';
		const engine = pagefind;
		if (!engine) {
			status.textContent = `Pencarian belum dapat dipakai: tidak ada indeks yang terbaca.${note}`;
			return;
		}
		status.textContent = `Siap mencari.${note}`;
		let run = 0;
		const search = async () => {
			const mine = ++run;
			const term = word.value.trim();
			if (!term) {
				list.replaceChildren();
				status.textContent = `Siap mencari.${note}`;
				return;
			}
			const filters: Record<string, string> = region.value ? { daerah: region.value } : {};
			const found = await engine.search(term, { filters });
			const items = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
			if (mine !== run) return;
			list.replaceChildren(
				...items.map((item) => {
					const li = document.createElement('li');
					const link = document.createElement('a');
					link.href = item.url;
					link.textContent = item.meta?.title || item.url;
					const where = document.createElement('span');
					where.className = 'meta';
					// The regency is the one whose site the result's address lies on (baseUrl set at merge).
					const from = sources.find((source) => item.url.startsWith(source.situs));
					where.textContent = ` — ${from?.nama ?? new URL(item.url).host}`;
					li.append(link, where);
					return li;
				})
			);
			status.textContent = `${found.results.length} inovasi ditemukan.${note}`;
		};
		word.addEventListener('input', () => void search());
		region.addEventListener('change', () => void search());
	}
}
customElements.define('cari-provinsi', CariProvinsi);
