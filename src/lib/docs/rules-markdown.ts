/**
 * The rule set as Markdown tables for SKPD writers (`content/README.md`), generated so the guide
 * never disagrees with the data that scores their files.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { getBasicServiceKeys, getMaxMaturity } from '../scoring/rules-derived.ts';

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for the rule set: indicators, benefit bases, affairs and themes. */
export function renderRulesMarkdown(rules: RuleSet): string {
	const lines = [
		`Aturan tahun ${rules.tahun} (${rules.nama}). Kematangan maksimal ${getMaxMaturity(rules)}; jendela penilaian ${rules.jendela_penilaian.mulai} s.d. ${rules.jendela_penilaian.selesai}.`,
		'',
		'### Indikator inovasi (`indikator.<kunci>`)',
		'',
		'| kunci | no. | indikator | bobot | wajib | parameter 1 | parameter 2 | parameter 3 | jenis berkas |',
		'|---|---|---|---|---|---|---|---|---|',
		...rules.indikator.map(
			(i) =>
				`| \`${i.kunci}\` | ${i.nomor} | ${cell(i.nama)} | ${i.bobot} | ${i.wajib ? 'ya' : ''} | ${i.parameter.map(cell).join(' | ')} | ${i.jenis_berkas.join(', ').toUpperCase()} |`
		),
		'',
		'Bukti yang diminta per indikator:',
		'',
		...rules.indikator.map((i) => `- \`${i.kunci}\`: ${i.bukti}`),
		'',
		'### Dasar pengukuran kemanfaatan (`indikator.kemanfaatan.dasar`)',
		'',
		'| dasar | kode | ukuran | parameter 1 | parameter 2 | parameter 3 |',
		'|---|---|---|---|---|---|',
		...rules.kemanfaatan.dasar.map(
			(b) =>
				`| \`${b.kunci}\` | ${b.kode} | ${cell(b.nama)} (${b.satuan}) | ${b.label_pita.map(cell).join(' | ')} |`
		),
		'',
		'### Indikator pemda (`spd.<kunci>` di `content/pemda.yml`)',
		'',
		'| kunci | no. | indikator | bobot | parameter 1 | parameter 2 | parameter 3 |',
		'|---|---|---|---|---|---|---|',
		...rules.spd.map(
			(r) =>
				`| \`${r.kunci}\` | ${r.nomor} | ${cell(r.nama)} | ${r.bobot} | ${r.parameter.map(cell).join(' | ')} |`
		),
		'',
		'### Urusan pemerintahan (`urusan`, `urusan_lain`)',
		'',
		`Urusan wajib pelayanan dasar (yandas): ${getBasicServiceKeys(rules)
			.map((k) => `\`${k}\``)
			.join(', ')}.`,
		'',
		'| kunci | urusan | kelompok |',
		'|---|---|---|',
		...rules.urusan.map(
			(u) =>
				`| \`${u.kunci}\` | ${cell(u.nama)}${u.tafsiran ? ' (tafsiran proyek)' : ''} | ${u.kelompok} |`
		),
		...(rules.urusan.some((u) => u.tafsiran)
			? ['', `Tafsiran proyek: ${rules.urusan.find((u) => u.tafsiran)?.tafsiran ?? ''}`]
			: []),
		'',
		'### Tematik (`tematik`)',
		'',
		...rules.tematik.map((t) => `- \`${t.kunci}\`: ${t.nama}`),
	];
	return lines.join('\n');
}

export const RULES_BLOCK_START =
	'<!-- aturan:mulai (dibuat oleh npm run docs:aturan; jangan disunting) -->';
export const RULES_BLOCK_END = '<!-- aturan:selesai -->';

/** Replaces the generated block of `readme` with fresh tables; throws if the markers are missing. */
export function replaceRulesBlock(readme: string, rules: RuleSet): string {
	const start = readme.indexOf(RULES_BLOCK_START);
	const end = readme.indexOf(RULES_BLOCK_END);
	if (start < 0 || end < start)
		throw new Error('penanda blok aturan tidak ditemukan di content/README.md');
	return `${readme.slice(0, start + RULES_BLOCK_START.length)}\n\n${renderRulesMarkdown(rules)}\n\n${readme.slice(end)}`;
}
