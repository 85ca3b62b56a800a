import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite } from './browser.ts';
import { ROUTES } from '../../src/lib/site/routes.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import {
	NO_CHANGES,
	simulate,
	type SimBase,
	type SimChanges,
} from '../../src/lib/scoring/simulate.ts';
import { formatDelta } from '../../src/lib/scoring/simulate-changes.ts';
import { formatNumber } from '../../src/lib/format/number.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { recommendActions } from '../../src/lib/scoring/recommend.ts';
import { countReportingAgencies } from '../../src/lib/scoring/coordinator.ts';
import { describeProfile } from '../../src/lib/site/profile.ts';
import { getLabels } from '../../src/lib/site/labels.ts';
import { getInnovationFieldTitles } from '../../src/lib/content/schema-fields.ts';

const DIST = join(REPO_ROOT, 'dist');
const innovations = JSON.parse(readFileSync(join(DIST, 'data/inovasi.json'), 'utf8')) as {
	id: string;
	nama: string;
	ringkasan: string;
	jenis: string;
	skpd_nama: string;
	tahapan: string;
	kematangan: number;
}[];
const scores = JSON.parse(readFileSync(join(DIST, 'data/skor.json'), 'utf8')) as {
	skpd: { id: string; peringkat: number; total_kematangan: number }[];
};

/** One page of every type the site has. */
/** Every page type of the site, from the route table (one example page each). */
const PAGE_TYPES = Object.fromEntries(ROUTES.map((route) => [route.name, route.path]));

let site: Awaited<ReturnType<typeof startSite>>;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site.close());

describe('catalogue', () => {
	test('facets work without a query: one SKPD and one stage give the right count', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).check();
		await page.getByRole('checkbox', { name: /^Penerapan \(/ }).check();
		const expected = innovations.filter(
			(i) => i.skpd_nama === 'Dinas Kesehatan' && i.tahapan === 'penerapan'
		).length;
		expect(expected).toBeGreaterThan(0);
		await expect
			.poll(() => page.locator('[data-results] li.card').count(), { timeout: 15_000 })
			.toBe(expected);
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toBe(`${expected} inovasi ditemukan`);
	});

	test('the facets are keyboard-usable', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		const box = page.getByRole('checkbox', { name: /^Digital \(/ });
		await box.focus();
		await page.keyboard.press('Space');
		expect(await box.isChecked()).toBe(true);
		const digital = innovations.filter((i) => i.jenis === 'digital').length;
		await expect
			.poll(() => page.locator('[data-results] li.card').count(), { timeout: 15_000 })
			.toBe(Math.min(digital, 10));
	});

	test('a word from one summary finds that innovation; words only in a description are not indexed', async () => {
		const summaries = innovations.filter((i) =>
			`${i.nama} ${i.ringkasan}`.toLowerCase().includes('mikroskop')
		);
		expect(summaries.map((i) => i.id)).toEqual(['distan/klinik-tanaman-keliling']);
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		await page.getByRole('searchbox').fill('mikroskop');
		await expect
			.poll(() => page.locator('[data-results] li.card').count(), { timeout: 15_000 })
			.toBe(1);
		expect(await page.locator('[data-results] li.card h2').textContent()).toBe(summaries[0]!.nama);
		// "antropometri" is only in Posyandu Prima's description (search covers name and summary).
		const description = readFileSync(
			join(REPO_ROOT, 'content/inovasi/dinkes/posyandu-prima.md'),
			'utf8'
		);
		expect(description.toLowerCase()).toContain('antropometri');
		expect(innovations.some((i) => i.ringkasan.toLowerCase().includes('antropometri'))).toBe(false);
		await page.getByRole('searchbox').fill('antropometri');
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toBe('Tidak ada inovasi yang cocok. Kurangi saringan atau ganti kata pencarian.');
	});

	test('on a phone the first result is on the first screen and the filters open from "Saring (n)"', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}inovasi/`);
		const first = await page.locator('[data-results] li.card').first().boundingBox();
		expect(first!.y).toBeLessThan(800);
		expect(await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).isVisible()).toBe(
			false
		);
		await page.getByRole('button', { name: 'Saring (0)' }).click();
		await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).check();
		const dinkes = innovations.filter((i) => i.skpd_nama === 'Dinas Kesehatan').length;
		const show = page.getByRole('button', { name: `Tampilkan ${dinkes} inovasi` });
		await expect.poll(() => show.count(), { timeout: 15_000 }).toBe(1);
		await show.click();
		expect(await page.getByRole('button', { name: 'Saring (1)' }).isVisible()).toBe(true);
		// The selection is a removable chip.
		await page.getByRole('button', { name: 'Hapus saringan Dinas Kesehatan' }).click();
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toBe(`${innovations.length} inovasi ditemukan`);
	});

	test('every count equals the results of adding that value, never a false zero', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).check();
		const dinkes = innovations.filter((i) => i.skpd_nama === 'Dinas Kesehatan');
		const applied = dinkes.filter((i) => i.tahapan === 'penerapan').length;
		const others = innovations.filter((i) => i.skpd_nama === 'Dinas Pendidikan dan Kebudayaan');
		await expect
			.poll(() => page.getByRole('checkbox', { name: /^Penerapan \(/ }).getAttribute('name'), {
				timeout: 15_000,
			})
			.toBe('tahapan');
		await expect
			.poll(
				async () =>
					(await page
						.locator('.filters label', { hasText: /^Penerapan \(/ })
						.textContent())!.trim(),
				{ timeout: 15_000 }
			)
			.toBe(`Penerapan (${applied})`);
		// Another value of the group already chosen keeps its own count (an alternative, not zero).
		expect(
			(await page
				.locator('.filters label', { hasText: /^Dinas Pendidikan dan Kebudayaan \(/ })
				.textContent())!.trim()
		).toBe(`Dinas Pendidikan dan Kebudayaan (${others.length})`);
	});

	test('a value that would leave nothing cannot be ticked; a ticked one can still be unticked', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		const trial = page.getByRole('checkbox', { name: /^Uji Coba \(/ });
		expect(await trial.isEnabled()).toBe(true);
		await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).check();
		const dinkesTrials = innovations.filter(
			(i) => i.skpd_nama === 'Dinas Kesehatan' && i.tahapan === 'uji-coba'
		);
		expect(dinkesTrials).toEqual([]);
		await expect.poll(() => trial.isDisabled(), { timeout: 15_000 }).toBe(true);
		expect(await page.getByRole('checkbox', { name: /^Penerapan \(/ }).isEnabled()).toBe(true);
		const dinkes = page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ });
		expect(await dinkes.isEnabled()).toBe(true);
		await dinkes.uncheck();
		await expect.poll(() => trial.isEnabled(), { timeout: 15_000 }).toBe(true);
	});

	test('a word alone shows no false "(0)" and disables nothing; cleared, the full counts return', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		const labels = () =>
			page.locator('.filters label').evaluateAll((all) =>
				all.map((label) => ({
					text: label.textContent.trim(),
					disabled: label.querySelector('input')!.disabled,
				}))
			);
		const before = await labels();
		await page.getByRole('searchbox').fill('puskesmas');
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toMatch(/^\d+ inovasi ditemukan$/);
		const during = await labels();
		expect(during.filter((label) => label.disabled)).toEqual([]);
		expect(during.filter((label) => / \(0\)$/.test(label.text))).toEqual([]);
		await page.getByRole('searchbox').fill('');
		await expect.poll(labels, { timeout: 15_000 }).toEqual(before);
	});

	test('the selection and the word live in the address: shared or reloaded, they come back', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		await page.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).check();
		await page.getByRole('searchbox').fill('puskesmas');
		await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('q=puskesmas');
		expect(page.url()).toContain('skpd=Dinas+Kesehatan');
		// A typed word sorts by relevance.
		expect(await page.locator('#urut').inputValue()).toBe('relevansi');
		// Pagefind's answer is in when the results are no longer busy (a preview may come first).
		const settled = (p: typeof page) =>
			expect
				.poll(() => p.locator('[data-results]').getAttribute('aria-busy'), { timeout: 15_000 })
				.toBeNull();
		await settled(page);
		const shown = await page.locator('[data-status]').textContent();
		expect(shown).toMatch(/ditemukan|Tidak ada/);
		const again = await site.page();
		await again.goto(page.url());
		await settled(again);
		expect(await again.getByRole('checkbox', { name: /^Dinas Kesehatan \(/ }).isChecked()).toBe(
			true
		);
		expect(await again.getByRole('searchbox').inputValue()).toBe('puskesmas');
		await expect
			.poll(() => again.locator('[data-status]').textContent(), { timeout: 15_000 })
			.toBe(shown);
	});

	test('while Pagefind loads, a ticked value shows its results at once and a typed word says it is loading', async () => {
		const page = await site.page();
		await page.route('**/pagefind/pagefind.js', async (route) => {
			await new Promise((done) => setTimeout(done, 3000));
			await route.continue();
		});
		await page.goto(`${site.url}inovasi/`);
		await page.getByRole('checkbox', { name: /^Digital \(/ }).check();
		const collator = new Intl.Collator('id');
		const digital = innovations
			.filter((i) => i.jenis === 'digital')
			.sort((a, b) => b.kematangan - a.kematangan || collator.compare(a.nama, b.nama));
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 1000 })
			.toBe(`${digital.length} inovasi ditemukan`);
		expect(await page.locator('[data-results] li.card h2').allTextContents()).toEqual(
			digital.slice(0, 10).map((i) => i.nama)
		);
		await page.getByRole('searchbox').fill('puskesmas');
		await expect
			.poll(() => page.locator('[data-status]').textContent(), { timeout: 1000 })
			.toBe('Memuat pencarian…');
	});

	test("every value's first-filter preview is Pagefind's own answer: count, counts, first results", async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/`);
		// Plain JavaScript in a string: the test runner would rewrite a dynamic import() in a function.
		const mismatches = await page.evaluate<{
			checked: number;
			problems: string[];
		}>(`(async (base) => {
			const pagefind = await import(base + 'pagefind/pagefind.js');
			await pagefind.options({ baseUrl: base, noWorker: true });
			await pagefind.init();
			await pagefind.filters();
			const problems = [];
			const boxes = [...document.querySelectorAll('.filters input')];
			for (const box of boxes) {
				const index = boxes.filter((b) => b.name === box.name).indexOf(box);
				const url = base + 'inovasi/saring/' + box.name + '/' + index + '.json';
				const preview = await (await fetch(url)).json();
				const found = await pagefind.search(null, {
					filters: { [box.name]: { any: [box.value] } },
					sort: { kematangan: 'desc' },
				});
				const titles = await Promise.all(
					found.results.slice(0, 10).map(async (r) => (await r.data()).meta.title)
				);
				const label = box.name + '=' + box.value;
				if (preview.value !== box.value) problems.push(label + ': value');
				if (preview.count !== found.results.length) problems.push(label + ': count');
				if (JSON.stringify(titles) !== JSON.stringify(preview.results.map((r) => r.meta.title)))
					problems.push(label + ': results');
				for (const [group, counts] of Object.entries(found.filters)) {
					if (group === box.name) continue;
					const values = new Set([...Object.keys(counts), ...Object.keys(preview.counts[group] ?? {})]);
					for (const value of values)
						if ((counts[value] ?? 0) !== (preview.counts[group]?.[value] ?? 0))
							problems.push(label + ': ' + group + '=' + value);
				}
			}
			return { checked: boxes.length, problems };
		})(${JSON.stringify(new URL(site.url).pathname)})`);
		expect(mismatches.checked).toBeGreaterThan(20);
		expect(mismatches.problems).toEqual([]);
	});

	test('without JavaScript the paginated list reaches every innovation', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const seen = new Set<string>();
		for (let n = 1; ; n++) {
			const response = await page.goto(`${site.url}inovasi/halaman/${n}/`);
			if (response?.status() !== 200) break;
			for (const href of await page
				.locator('li.card h2 a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
				seen.add(href!);
		}
		expect(seen.size).toBe(innovations.length);
		// The catalogue page offers no search or filter form that could not work.
		await page.goto(`${site.url}inovasi/`);
		expect(await page.locator('form.search').isVisible()).toBe(false);
		expect(await page.locator('li.card').count()).toBeGreaterThan(0);
		await context.close();
	});
});

describe('open data', () => {
	test('skor.json is byte-identical to npm run score -- --json', () => {
		const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/score.ts'), '--json'], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
		});
		expect(readFileSync(join(DIST, 'data/skor.json'), 'utf8')).toBe(cli.stdout);
	});

	test('katalog.jsonld describes every open-data file in DCAT, with the region code and data version', () => {
		const catalogue = JSON.parse(readFileSync(join(DIST, 'data/katalog.jsonld'), 'utf8')) as {
			'@type': string;
			'dct:spatial': { 'dct:identifier': string };
			'dcat:dataset': {
				'owl:versionInfo': string;
				'dcat:distribution': { 'dcat:downloadURL': string; 'dct:conformsTo'?: string }[];
			}[];
		};
		expect(catalogue['@type']).toBe('dcat:Catalog');
		expect(catalogue['dct:spatial']['dct:identifier']).toBe('63.10');
		const urls = catalogue['dcat:dataset'].flatMap((dataset) =>
			dataset['dcat:distribution'].flatMap((file) => [
				file['dcat:downloadURL'],
				...(file['dct:conformsTo'] ? [file['dct:conformsTo']] : []),
			])
		);
		expect(urls.length).toBeGreaterThanOrEqual(4);
		// Every file it names is published.
		for (const url of urls) expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
		for (const dataset of catalogue['dcat:dataset'])
			expect(dataset['owl:versionInfo']).toMatch(/^data \d+; aturan IID \d{4}$/);
	});

	test('inovasi.csv starts with a UTF-8 BOM and has one row per innovation', () => {
		const csv = readFileSync(join(DIST, 'data/inovasi.csv'), 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.trimEnd().split('\r\n')).toHaveLength(innovations.length + 1);
		const schema = JSON.parse(readFileSync(join(DIST, 'data/skema-inovasi.json'), 'utf8')) as {
			$schema: string;
		};
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	});
});

describe('innovation page', () => {
	test('its breakdown adds up to its maturity', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		// The fifth cell of each row holds its points, written the Indonesian way (1,5).
		const points = await page
			.locator('.score tbody tr > td:nth-child(5)')
			.evaluateAll((cells) => cells.map((cell) => Number(cell.textContent.replace(',', '.'))));
		const shown = Number((await page.getByTestId('kematangan').textContent())!.replace(',', '.'));
		expect(points).toHaveLength(20);
		expect(points.reduce((sum, value) => sum + value, 0)).toBe(shown);
		expect(shown).toBe(innovations.find((i) => i.id === 'dinkes/sipandu')!.kematangan);
	});
});

describe('innovation page read by a citizen', () => {
	const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
	const report = scoreRepository(repo);

	test('a low verified score says how many claims are still unchecked', async () => {
		const scored = report.inovasi.find((i) => i.id === 'bapenda/pbb-qris')!;
		const unchecked = scored.verifikasi.baris.filter((row) => row.status === 'belum').length;
		expect(unchecked).toBeGreaterThan(0);
		const page = await site.page(360);
		await page.goto(`${site.url}inovasi/bapenda/pbb-qris/`);
		expect(await page.locator('.two-scores .unchecked').textContent()).toContain(
			`${unchecked} klaim belum diperiksa koordinator`
		);
	});

	test('every innovation page shows exactly the declared profile fields, titled by the schema', async () => {
		const titles = getInnovationFieldTitles(repo.rules);
		const labels = getLabels(repo.rules);
		const page = await site.page();
		let shownOnce = new Set<string>();
		for (const innovation of repo.innovations.slice(0, 12)) {
			await page.goto(`${site.url}inovasi/${innovation.id}/`);
			const shown = await page.locator('dl.profile > dt').allTextContents();
			const expected = describeProfile(innovation.data, 'profil', {
				rules: repo.rules,
				labels,
				titles,
				skpdNama: repo.agencies.get(innovation.skpd)!.nama,
			}).map((row) => row.label);
			expect(shown, innovation.id).toEqual(expected);
			shownOnce = new Set([...shownOnce, ...shown]);
		}
		// The sample exercises most declared fields, national codes included.
		for (const title of [
			'SKPD',
			'Inisiator',
			'Urusan utama',
			'Asta Cita',
			'PKPN',
			'Mulai penerapan',
		])
			expect(shownOnce.has(title), title).toBe(true);
	});

	test('the page lists its changes from git: date, who, what in plain words, newest first', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		const items = page.locator('ul.audit > li');
		expect(await items.count()).toBeGreaterThan(1);
		expect(await items.last().textContent()).toMatch(/: diajukan$/);
		const dates = await items
			.locator('time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(await items.first().locator('time').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
		expect(await page.locator('ul.audit').textContent()).toMatch(/verifikasi: .*klaim diterima/);
	});

	test('the "Dinilai:" line is a sentence, and evidence links are named by subject or file', async () => {
		const page = await site.page();
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		const line = (await page.locator('details.breakdown > p.meta').first().textContent())!;
		expect(line).toMatch(/^\s*Dinilai: tahap Penerapan, diterapkan \d+ \w+ \d{4} — di dalam/);
		expect(line).not.toMatch(/waktu_|\d{4}-\d{2}-\d{2}/);
		const names = await page
			.locator('section.score td a[href]')
			.evaluateAll((links) => links.map((link) => link.textContent));
		expect(names.length).toBeGreaterThan(10);
		expect(names.filter((name) => /^Bukti \d+$/.test(name ?? ''))).toEqual([]);
		expect(names).toContain('Penetapan SIPANDU sebagai Inovasi Daerah');
	});
});

describe('the word "kematangan"', () => {
	test('is explained where a citizen meets it, linking the method page’s own paragraph', async () => {
		const page = await site.page(360);
		for (const path of ['inovasi/', 'peringkat/', 'inovasi/dinkes/sipandu/']) {
			await page.goto(`${site.url}${path}`);
			const term = page.locator('p.term');
			// Each of 40,000 innovation pages asks the question; the lists say the sentence.
			if (path.startsWith('inovasi/dinkes'))
				expect(await term.textContent()).toBe('Apa itu kematangan?');
			else
				expect(await term.textContent(), path).toMatch(
					/^Kematangan adalah poin .* dari 20 indikator IID, paling tinggi 111/
				);
			await term.getByRole('link').click();
			await page.waitForURL(/metodologi\/#kematangan$/);
			expect(await page.locator('#kematangan').textContent()).toContain('Kematangan adalah poin');
		}
	});
});

describe('sample data', () => {
	test('the sample repository (data_contoh: true) says so on every page', () => {
		for (const path of ['index.html', 'inovasi/index.html', 'inovasi/dinkes/sipandu/index.html'])
			expect(readFileSync(join(DIST, path), 'utf8'), path).toContain('class="sample"');
	});
});

describe('innovation page in plain language first', () => {
	test('what it is and the service link come before the score; the breakdown is a disclosure', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		const order = await page.evaluate(() => {
			const top = (selector: string) =>
				document.querySelector(selector)!.getBoundingClientRect().top;
			return {
				use: top('a.button.primary'),
				body: top('section.body'),
				score: top('section.score'),
			};
		});
		expect(order.use).toBeLessThan(order.body);
		expect(order.body).toBeLessThan(order.score);
		expect(order.use).toBeLessThan(800);
		expect(await page.locator('details.breakdown').getAttribute('open')).toBeNull();
		expect(await page.locator('section.score').textContent()).toContain(
			'Ikut dihitung dalam Indeks Inovasi Daerah 2026.'
		);
	});

	test('"Beri tanggapan" works without a GitHub account: SP4N-LAPOR! first, then a prepared private e-mail, GitHub last', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		const links = page.locator('ul.feedback > li > a');
		const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
		expect(hrefs).toHaveLength(3);
		expect(hrefs[0]).toBe('https://www.lapor.go.id/');
		expect(hrefs[1]).toMatch(/^mailto:/);
		expect(hrefs[2]).toMatch(/^https:\/\/github\.com\//);
		const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
		const sipandu = repo.innovations.find((i) => i.id === 'dinkes/sipandu')!;
		const mail = new URL(hrefs[1]!);
		expect(mail.protocol).toBe('mailto:');
		expect(mail.pathname).toBe(sipandu.data.kontak!.email);
		expect(mail.searchParams.get('cc')).toBe(repo.pemda!.kontak!.email);
		expect(mail.searchParams.get('subject')).toBe('Tanggapan inovasi dinkes/sipandu');
		expect(mail.searchParams.get('body')).toContain(`Inovasi: ${sipandu.data.nama}`);
		// The public route says it is public.
		expect(await page.locator('ul.feedback > li').nth(2).textContent()).toContain(
			'terbuka untuk umum'
		);
		const url = new URL(hrefs[2]!);
		expect(url.origin + url.pathname).toBe(
			'https://github.com/pemkab-tanbu/katalog-inovasi/issues/new'
		);
		expect(url.searchParams.get('template')).toBe('tanggapan-warga.yml');
		expect(url.searchParams.get('inovasi')).toContain('(dinkes/sipandu)');
		const template = readFileSync(
			join(REPO_ROOT, '.github/ISSUE_TEMPLATE/tanggapan-warga.yml'),
			'utf8'
		);
		expect(template).toContain('id: inovasi');
	});

	test('printed, every profile fits on 3 A4 pages with evidence addresses', async () => {
		const page = await site.page();
		for (const { id } of innovations) {
			await page.goto(`${site.url}inovasi/${id}/`);
			await page.emulateMedia({ media: 'print' });
			await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages.length, id).toBeLessThanOrEqual(3);
		}
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		await page.emulateMedia({ media: 'print' });
		const printed = await page
			.locator('section.score td a[href]')
			.first()
			.evaluate((link) => ({
				after: getComputedStyle(link, '::after').content,
				href: link.getAttribute('href'),
			}));
		expect(printed.after).toBe(`" ${printed.href}"`);
	});
});

describe('ranking', () => {
	test('one table per ranking, equal to skor.json, its cells carrying the bars, without chart.js', async () => {
		const page = await site.page();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(`${site.url}peringkat/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => url.includes('draw-chart'))).toEqual([]);
		const rows = await page.locator('#tabel-skpd tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				id: tr.getAttribute('data-id'),
				peringkat: Number(tr.querySelector('td')!.textContent),
				total: Number(tr.querySelector('[data-value]')!.getAttribute('data-value')),
			}))
		);
		expect(rows).toEqual(
			scores.skpd.map((row) => ({
				id: row.id,
				peringkat: row.peringkat,
				total: row.total_kematangan,
			}))
		);
		// The highest claim fills its track, and the value beside each bar is the cell's text.
		const first = page.locator('#tabel-skpd tbody tr').first().locator('[data-value]').first();
		expect(await first.locator('.cell-bar-track span').getAttribute('style')).toBe('width:100%');
		expect(await first.locator('.cell-bar-value').textContent()).toBe(String(rows[0]!.total));
		// No separate chart repeating the table.
		expect(await page.locator('[role="img"]').count()).toBe(0);
		expect(await page.locator('thead').first().textContent()).toContain('(poin)');
	});

	test('on a phone the names keep their width and the verified score stays on screen', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}peringkat/`);
		for (const table of ['#tabel-skpd', '#tabel-inovasi']) {
			const row = page.locator(`${table} tbody tr`).first();
			const name = await row.locator('th').boundingBox();
			const lineHeight = await row
				.locator('th')
				.evaluate((cell) => parseFloat(getComputedStyle(cell).lineHeight));
			// At most two lines for a name (it was squeezed to eight), and every cell within 360 px.
			expect(name!.height, table).toBeLessThanOrEqual(lineHeight * 2 + 1);
			const verified = await row.locator('[data-value]').last().boundingBox();
			expect(verified!.x + verified!.width, table).toBeLessThanOrEqual(360);
			expect(verified!.width, table).toBeGreaterThan(200);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
	});
});

describe('statistics', () => {
	test('each figure is said once: a category table carrying its bars, the year chart with its table folded', async () => {
		const page = await site.page(360);
		await page.goto(`${site.url}statistik/`);
		const sections = page.locator('main section');
		const count = await sections.count();
		expect(count).toBeGreaterThanOrEqual(5);
		for (let index = 0; index < count; index++) {
			const section = sections.nth(index);
			const canvases = await section.locator('canvas').count();
			expect(await section.locator('table').count()).toBe(1);
			if (canvases === 0) {
				expect(await section.locator('[role="img"]').count()).toBe(0);
				expect(await section.locator('td .cell-bar-track').count()).toBeGreaterThan(0);
			} else {
				// The chart's numbers are one click away, not repeated under it.
				expect(await section.locator('details:not([open]) table').count()).toBe(1);
			}
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
	});
});

describe('coordinator', () => {
	const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
	const simBase = {
		spd: Object.fromEntries(
			Object.entries(repo.pemda!.spd).map(([key, answer]) => [key, answer?.parameter ?? 0])
		),
		inovasi: repo.innovations.map(({ id, skpd, data }) => ({
			id,
			skpd,
			nama: data.nama,
			urusan: data.urusan,
			tahapan: data.tahapan,
			waktu_uji_coba: data.waktu_uji_coba,
			waktu_penerapan: data.waktu_penerapan,
			waktu_pengembangan: data.waktu_pengembangan,
			indikator: Object.fromEntries(
				Object.entries(data.indikator).map(([k, a]) => [k, a?.parameter ?? 0])
			),
		})),
	};
	const engineIid = (changes: SimChanges) =>
		simulate(repo.rules, simBase, changes).region.iid.toFixed(2).replace('.', ',');

	test('the simulator moves the IID by exactly what the engine says, and the URL keeps the scenario', async () => {
		const page = await site.page();
		await page.goto(`${site.url}koordinator/simulasi/`);
		await page.locator('select[data-spd="penghargaan_inovator"]').selectOption('3');
		const spdOnly: SimChanges = { spd: { penghargaan_inovator: 3 }, indikator: {}, baru: [] };
		await expect
			.poll(() => page.getByTestId('sim-iid').textContent(), { timeout: 15_000 })
			.toBe(engineIid(spdOnly));
		await page.locator('[data-pick]').selectOption('dinkes/sipandu');
		await page.locator('select[data-indicator="replikasi"]').selectOption('2');
		await page.locator('[data-new-affair]').selectOption('sosial');
		await page.locator('[data-add]').click();
		const all: SimChanges = {
			spd: { penghargaan_inovator: 3 },
			indikator: { 'dinkes/sipandu': { replikasi: 2 } },
			baru: [{ urusan: 'sosial', kematangan: 14 }],
		};
		await expect
			.poll(() => page.getByTestId('sim-iid').textContent(), { timeout: 15_000 })
			.toBe(engineIid(all));
		const shared = page.url();
		expect(shared).toContain('#spd=');
		const again = await site.page();
		await again.goto(shared);
		await expect
			.poll(() => again.getByTestId('sim-iid').textContent(), { timeout: 15_000 })
			.toBe(engineIid(all));
	});

	test('each edit shows its effect beside it, the changes are listed and undone, decimals take a comma', async () => {
		const page = await site.page();
		await page.goto(`${site.url}koordinator/simulasi/`);
		// The page's own data, verified levels included: what the island scores.
		const pageBase = JSON.parse(readFileSync(join(DIST, 'data/simulasi.json'), 'utf8')) as SimBase;
		const none = simulate(repo.rules, pageBase, NO_CHANGES);
		await expect
			.poll(() => page.getByTestId('sim-detail').textContent())
			.toContain(`${none.region.n} inovasi dihitung · rata-rata kematangan`);
		await page.locator('select[data-spd="penghargaan_inovator"]').selectOption('3');
		const changed = simulate(repo.rules, pageBase, {
			...NO_CHANGES,
			spd: { penghargaan_inovator: 3 },
		});
		// The effect sits in the edited field itself, where a phone user is looking.
		const field = page.locator('.field', {
			has: page.locator('select[data-spd="penghargaan_inovator"]'),
		});
		await expect
			.poll(() => field.getByTestId('sim-delta').textContent(), { timeout: 15_000 })
			.toContain(
				`IID terverifikasi ${formatNumber(none.terverifikasi.iid)} → ${formatNumber(changed.terverifikasi.iid)} (${formatDelta(none.terverifikasi.iid, changed.terverifikasi.iid)})`
			);
		expect(formatDelta(none.region.iid, changed.region.iid)).toMatch(/^\+/);
		const list = page.getByTestId('sim-perubahan').locator('li');
		expect(await list.count()).toBe(1);
		expect(await list.first().textContent()).toContain(
			`Penghargaan bagi inovator: ${pageBase.spd.penghargaan_inovator} (`
		);
		expect(await list.first().textContent()).toContain('→ 3 (');
		// Forty and a half typed the Indonesian way is forty and a half, not refused or 405.
		await page.locator('[data-new-maturity]').fill('40,5');
		await page.locator('[data-add]').click();
		const withNew = simulate(repo.rules, pageBase, {
			spd: { penghargaan_inovator: 3 },
			indikator: {},
			baru: [{ urusan: 'pendidikan', kematangan: 40.5 }],
		});
		await expect
			.poll(() => page.getByTestId('sim-iid').textContent())
			.toBe(formatNumber(withNew.region.iid));
		expect(await list.nth(1).textContent()).toContain('Pendidikan, kematangan 40,5');
		await page.locator('[data-new-maturity]').fill('empat puluh');
		await page.locator('[data-add]').click();
		expect(await page.locator('[data-new-error]').textContent()).toContain('harus angka');
		expect(await list.count()).toBe(2);
		// Undo the SPD change: the index is the new innovation's alone.
		await list
			.first()
			.getByRole('button', { name: /^Batalkan: SPD/ })
			.click();
		const onlyNew = simulate(repo.rules, pageBase, {
			...NO_CHANGES,
			baru: [{ urusan: 'pendidikan', kematangan: 40.5 }],
		});
		await expect
			.poll(() => page.getByTestId('sim-iid').textContent())
			.toBe(formatNumber(onlyNew.region.iid));
		expect(await page.locator('select[data-spd="penghargaan_inovator"]').inputValue()).toBe(
			String(pageBase.spd.penghargaan_inovator ?? 0)
		);
		expect(await page.locator('label[for="spd-opini_bpk"]').textContent()).toMatch(/bobot 1,5\)$/);
	});

	test('the coordinator page lists the top action with the gain the engine computes', async () => {
		const page = await site.page();
		await page.goto(`${site.url}koordinator/`);
		const report = scoreRepository(repo);
		const [best] = recommendActions(
			{ rules: repo.rules, spdBaris: report.terverifikasi.spd_baris, inovasi: report.inovasi },
			1
		);
		expect(await page.getByTestId('saran').locator('li').first().textContent()).toContain(
			`+${best!.kenaikan_iid.toFixed(2).replace('.', ',')} — ${best!.aksi}`
		);
	});
});

describe('coordinator room', () => {
	const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
	test('leads with the verified index, both figures labelled, then the SKPD reporting measure', async () => {
		const page = await site.page();
		await page.goto(`${site.url}koordinator/`);
		const report = scoreRepository(repo);
		const figures = page.getByTestId('angka-daerah').locator(':scope > li');
		const first = (await figures.nth(0).textContent())!;
		expect(first).toContain('IID terverifikasi');
		expect(first).toContain(report.terverifikasi.pemda.iid.toFixed(2).replace('.', ','));
		expect(await figures.nth(1).textContent()).toContain('IID klaim SKPD');
		const reporting = countReportingAgencies(report, [...repo.agencies.keys()]);
		expect(reporting.nol.length).toBeGreaterThan(0);
		expect(await page.getByTestId('skpd-berinovasi').textContent()).toContain(
			`${reporting.dengan}/${reporting.total}`
		);
		const zero = page.getByTestId('skpd-tanpa-inovasi').locator('a');
		expect(await zero.count()).toBe(reporting.nol.length);
		expect(await zero.first().getAttribute('href')).toMatch(
			new RegExp(`skpd/${reporting.nol[0]}/$`)
		);
	});

	test('the contents list links every section, and the queue names innovations with links', async () => {
		const page = await site.page();
		await page.goto(`${site.url}koordinator/`);
		const links = page.getByRole('navigation', { name: 'Isi halaman' }).getByRole('link');
		const targets = await links.evaluateAll((anchors) =>
			anchors.map((a) => (a as HTMLAnchorElement).hash.slice(1))
		);
		expect(targets.length).toBeGreaterThanOrEqual(8);
		for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
		const queued = page.getByTestId('antrean').locator('td a[href*="/inovasi/"]');
		expect(await queued.count()).toBeGreaterThan(0);
		const name = (await queued.first().textContent())!;
		expect(innovations.map((i) => i.nama)).toContain(name);
	});
});

describe('content security policy', () => {
	test('every page type carries the policy in its head, before any script', () => {
		for (const path of Object.values(PAGE_TYPES).filter((p) => p !== 'tidak-ada/')) {
			const html = readFileSync(join(REPO_ROOT, 'dist', path, 'index.html'), 'utf8');
			const meta = html.indexOf('<meta http-equiv="content-security-policy"');
			expect(meta, path).toBeGreaterThan(0);
			expect(html.slice(meta, html.indexOf('>', meta))).toContain("default-src 'self'");
			const script = html.indexOf('<script');
			if (script >= 0) expect(meta, path).toBeLessThan(script);
		}
	});

	test('no page has an inline script or style element, so the policy needs no hashes', () => {
		const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
			(file) => file.endsWith('.html') && !file.startsWith('admin')
		);
		const inline = pages.filter((file) => {
			const html = readFileSync(join(DIST, file), 'utf8');
			return /<script(?![^>]*\ssrc=)[^>]*>/.test(html) || /<style[\s>]/.test(html);
		});
		expect(pages.length).toBeGreaterThan(30);
		expect(inline).toEqual([]);
		const html = readFileSync(join(DIST, 'inovasi/dinkes/sipandu/index.html'), 'utf8');
		expect(html).toContain(
			`<meta http-equiv="content-security-policy" content="${CONTENT_SECURITY_POLICY}">`
		);
		expect(CONTENT_SECURITY_POLICY).not.toContain('sha256');
	});

	test('an injected inline script does not run and an image from another host does not load', async () => {
		// A page of its own: the violations it provokes are the point, not a failure of the site.
		const page = await site.browser.newPage();
		const violations: string[] = [];
		await page.exposeFunction('__catat', (kind: string) => violations.push(kind));
		await page.goto(`${site.url}inovasi/dinkes/sipandu/`);
		await page.evaluate(() => {
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { __catat: (kind: string) => void }).__catat(event.effectiveDirective)
			);
			const script = document.createElement('script');
			script.textContent = '(window).__disuntik = 1';
			document.head.append(script);
			const image = document.createElement('img');
			image.src = 'https://jejak.example/p.png';
			document.body.append(image);
		});
		await expect.poll(() => violations.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
		expect(
			await page.evaluate(() => (window as unknown as { __disuntik?: number }).__disuntik)
		).toBeUndefined();
		expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
		await page.close();
	});
});

describe.each(Object.entries(PAGE_TYPES))('page type %s', (name, path) => {
	test.each([360, 1280])('axe reports no violations at %i px', async (width) => {
		const page = await site.page(width);
		await page.goto(`${site.url}${path}`);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});

	test.each([360, 768, 1280])(
		'at %i px: no horizontal scroll, no word broken inside a table cell, no console error (screenshot with TANGKAPAN_LAYAR=1)',
		async (width) => {
			const page = await site.page(width);
			const errors: string[] = [];
			page.on('console', (message) => {
				// The not-found page is itself served with status 404, which Chromium logs.
				const ownStatus = name === '404' && message.location().url === `${site.url}${path}`;
				if (message.type() === 'error' && !ownStatus) errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`${site.url}${path}`);
			await page.waitForLoadState('networkidle');
			// Screenshots only when asked (TANGKAPAN_LAYAR=1, as pr.yml does for reviewers): 39 full
			// pages were a minute of every CI run.
			if (process.env.TANGKAPAN_LAYAR) {
				mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
				await page.screenshot({
					path: join(REPO_ROOT, 'test-results', `${width}-${name}.png`),
					fullPage: true,
				});
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await page.getAttribute('html', 'lang')).toBe('id');
			// Every word of every visible table cell fits its cell's content box: a column narrower than
			// its longest word means the word was broken ("N o.", "Bob ot").
			const broken = await page.evaluate(() => {
				const canvas = document.createElement('canvas').getContext('2d')!;
				const found: string[] = [];
				for (const cell of document.querySelectorAll<HTMLElement>('th, td')) {
					if (cell.offsetParent === null || cell.closest('[hidden]')) continue;
					const style = getComputedStyle(cell);
					// An inline cell (a stacked ranking's "1. Name") flows in its row's block: no column.
					if (style.display === 'inline') continue;
					const inner =
						cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					// Text nodes one by one, each in its own font; a break after "-" or "/" is a
					// legitimate line-break opportunity (slugs, document numbers), not a broken word.
					const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						canvas.font = getComputedStyle(node.parentElement!).font;
						for (const word of (node.textContent ?? '').split(/\s+|(?<=[-/])/).filter(Boolean))
							if (canvas.measureText(word).width > inner + 1) found.push(`${word} (${inner}px)`);
					}
				}
				return found;
			});
			expect(broken).toEqual([]);
			expect(errors).toEqual([]);
		}
	);
});
