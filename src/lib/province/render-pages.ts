/**
 * The province site's pages as HTML strings: the ranking (published and recomputed indexes, the
 * official result, gaps), statistics across the province, replication suggestions, the merged
 * search, and the status of every source. Every value from a source is escaped here.
 */
import type { ProvinceSources } from '../../schemas/province-sources.ts';
import { escapeMarkup as e } from '../html/escape.ts';
import { formatNumber } from '../format/number.ts';
import { formatDate } from '../format/date.ts';
import type { Figure, RegionRow } from './province-model.ts';
import { countAcross } from './province-model.ts';
import type { Suggestion } from './replication.ts';
import { renderProvincePage, type ProvincePagePath } from './render-layout.ts';

const cell = (label: string, content: string, num = false) =>
	`<td data-label="${e(label)}"${num ? ' class="num"' : ''}>${content}</td>`;

/** A figure: published, recomputed, and the flag when they differ. */
function figure(value: Figure | undefined): string {
	if (!value) return '–';
	const recomputed =
		value.hitung === undefined
			? '<span class="meta">tidak dapat dihitung ulang</span>'
			: `hitung ulang ${formatNumber(value.hitung)}`;
	const flag = value.tidakCocok ? ' <strong class="flag">tidak cocok</strong>' : '';
	return `${formatNumber(value.terbit)}<br><span class="meta">${recomputed}</span>${flag}`;
}

function renderRanking(rows: readonly RegionRow[]): string {
	const head = [
		'Peringkat',
		'Daerah',
		'IID klaim (terbit)',
		'IID terverifikasi (terbit)',
		'Hasil resmi',
		'Predikat (hitung ulang)',
		'Menuju predikat berikut',
		'Melewati peringkat di atas',
	];
	const body = rows
		.map((row) => {
			const { source } = row.data;
			const official = source.resmi
				? `${e(source.resmi.predikat)} (${source.resmi.tahun}${source.resmi.indeks === undefined ? '' : `, ${formatNumber(source.resmi.indeks)}`})`
				: '–';
			return `<tr>${[
				cell(head[0]!, row.peringkat === undefined ? '–' : String(row.peringkat), true),
				`<th scope="row">${e(source.nama)}<br><span class="meta">${e(source.kode_wilayah)}</span></th>`,
				cell(head[2]!, figure(row.klaim)),
				cell(head[3]!, figure(row.terverifikasi)),
				cell(head[4]!, official),
				cell(head[5]!, e(row.klaim?.predikat ?? '–')),
				cell(
					head[6]!,
					row.predikatBerikut
						? `+${formatNumber(row.predikatBerikut.selisih)} ke ${e(row.predikatBerikut.nama)}`
						: '–'
				),
				cell(
					head[7]!,
					row.keAtas
						? `+${formatNumber(row.keAtas.selisih)} untuk melewati ${e(row.keAtas.nama)}`
						: '–'
				),
			].join('')}</tr>`;
		})
		.join('');
	return `<div class="wrap" role="region" tabindex="0" aria-label="Peringkat kabupaten/kota"><table class="stack" data-testid="peringkat"><caption>Peringkat menurut IID klaim yang dihitung ulang</caption><thead><tr>${head.map((label) => `<th scope="col">${e(label)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function renderStatus(rows: readonly RegionRow[], today: string): string {
	const body = rows
		.map(({ data }) => {
			const state = {
				'tanpa-situs': 'belum punya situs katalog',
				baru: `terbaca ${formatDate(today)}`,
				salinan: `gagal hari ini (${e(data.alasan ?? '')}); memakai salinan ${data.diambil ? formatDate(data.diambil) : ''}`,
				gagal: `gagal: ${e(data.alasan ?? '')}`,
			}[data.keadaan];
			const total = data.jumlahRekaman ?? 0;
			const valid = data.innovations?.length ?? 0;
			const share =
				total > 0 ? `${valid} dari ${total} (${Math.round((valid / total) * 100)}%)` : '–';
			const skipped = data.skipped
				.slice(0, 10)
				.map((item) => `<li>${e(item.apa)}: ${e(item.alasan)}</li>`)
				.join('');
			const more =
				data.skipped.length > 10 ? `<li>dan ${data.skipped.length - 10} lainnya</li>` : '';
			return `<tr>${[
				`<th scope="row">${e(data.source.nama)}</th>`,
				cell(
					'Sumber',
					data.source.situs
						? `<a href="${e(data.source.situs)}" rel="noopener noreferrer">${e(data.source.situs)}</a>`
						: '–'
				),
				cell('Keadaan', state),
				cell(
					'Versi data',
					data.versi === undefined
						? '–'
						: `${data.versi}${data.catatanVersi ? `<br><span class="meta">${e(data.catatanVersi)}</span>` : ''}`
				),
				cell('Rekaman sah', share),
				cell('Dilewati', skipped || more ? `<ul>${skipped}${more}</ul>` : '–'),
			].join('')}</tr>`;
		})
		.join('');
	return `<div class="wrap" role="region" tabindex="0" aria-label="Status sumber"><table class="stack" data-testid="status"><caption>Status setiap sumber</caption><thead><tr>${['Daerah', 'Sumber', 'Keadaan', 'Versi data', 'Rekaman sah', 'Dilewati'].map((label) => `<th scope="col">${label}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function renderCounts(rows: readonly RegionRow[], labels: Record<string, string>): string {
	return (['urusan', 'tahapan', 'bentuk'] as const)
		.map((key) => {
			const lines = countAcross(rows, key)
				.map(
					(item) =>
						`<tr><th scope="row">${e(labels[item.nilai] ?? item.nilai)}</th>${cell('Inovasi', String(item.jumlah), true)}${cell('Kabupaten/kota', String(item.daerah), true)}</tr>`
				)
				.join('');
			return `<h2>Menurut ${key}</h2><div class="wrap" role="region" tabindex="0" aria-label="Menurut ${key}"><table class="stack"><thead><tr><th scope="col">${key}</th><th scope="col" class="num">Inovasi</th><th scope="col" class="num">Kabupaten/kota</th></tr></thead><tbody>${lines}</tbody></table></div>`;
		})
		.join('');
}

function renderReplication(
	rows: readonly RegionRow[],
	suggestions: Map<string, Suggestion[]>,
	labels: Record<string, string>
): string {
	return rows
		.filter((row) => (suggestions.get(row.data.source.kode_wilayah) ?? []).length > 0)
		.map((row) => {
			const items = suggestions
				.get(row.data.source.kode_wilayah)!
				.map((item) => {
					const name = item.situs
						? `<a href="${e(new URL(`inovasi/${item.id}/`, item.situs).href)}" rel="noopener noreferrer">${e(item.nama)}</a>`
						: e(item.nama);
					return `<li>${e(labels[item.urusan] ?? item.urusan)}: ${name} dari ${e(item.dari)} (kematangan ${formatNumber(item.kematangan, 0)}; terbaik sendiri ${formatNumber(item.milikSendiri, 0)})</li>`;
				})
				.join('');
			return `<h2>${e(row.data.source.nama)}</h2><ul>${items}</ul>`;
		})
		.join('');
}

/** Every page of the province site: [path, html]. */
export function renderProvinceSite(input: {
	sources: ProvinceSources;
	rows: readonly RegionRow[];
	suggestions: Map<string, Suggestion[]>;
	labels: Record<string, string>;
	today: string;
}): [string, string][] {
	const { sources, rows } = input;
	const page = (
		path: ProvincePagePath,
		title: string,
		body: string,
		extra: Partial<Parameters<typeof renderProvincePage>[0]> = {}
	) =>
		[path, renderProvincePage({ path, provinsi: sources.provinsi, title, body, ...extra })] as [
			string,
			string,
		];
	const origins = [
		...new Set(
			rows.flatMap((row) => (row.data.source.situs ? [new URL(row.data.source.situs).origin] : []))
		),
	];
	const searchable = rows
		.filter((row) => row.data.source.situs)
		.map((row) => ({ nama: row.data.source.nama, situs: row.data.source.situs }));
	return [
		page(
			'index.html',
			'Peringkat',
			`<h1>Inovasi daerah Provinsi ${e(sources.provinsi)}</h1><p>Setiap angka dihitung ulang dari data terbuka kabupaten/kota dengan mesin dan aturan tahun yang sama; angka terbitan yang berbeda lebih dari 0,01 ditandai <strong class="flag">tidak cocok</strong>.</p>${renderRanking(rows)}`
		),
		page(
			'statistik/index.html',
			'Statistik',
			`<h1>Statistik provinsi</h1>${renderCounts(rows, input.labels)}`
		),
		page(
			'replikasi/index.html',
			'Replikasi',
			`<h1>Yang dapat direplikasi</h1><p>Per urusan, inovasi dengan kematangan tertinggi di provinsi, untuk kabupaten/kota yang inovasinya di urusan itu lebih rendah atau belum ada.</p>${renderReplication(rows, input.suggestions, input.labels)}`
		),
		page(
			'cari/index.html',
			'Cari inovasi',
			`<h1>Cari inovasi di seluruh provinsi</h1><cari-provinsi data-sumber="${e(JSON.stringify(searchable))}"><label for="kata">Kata</label><input id="kata" type="search"><label for="daerah">Kabupaten/kota</label><select id="daerah"><option value="">Semua</option>${searchable.map((item) => `<option>${e(item.nama)}</option>`).join('')}</select><p role="status" data-status></p><ul data-hasil></ul></cari-provinsi>`,
			{ origins, scripts: ['cari.js'] }
		),
		page(
			'status/index.html',
			'Status sumber',
			`<h1>Status sumber</h1>${renderStatus(rows, input.today)}`
		),
	];
}
