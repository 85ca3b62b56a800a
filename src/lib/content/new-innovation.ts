/**
 * The file `npm run baru` writes: valid frontmatter from the wizard's answers, every indicator of
 * the rule set listed at parameter 0 with its three parameter texts as comments, and the four
 * body sections with writing hints as Markdown comments (never shown on the site, never counted).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { BODY_SECTIONS } from '../../schemas/innovation.ts';

/** What the wizard asks. Dates only when the stage needs them. */
export interface NewInnovationAnswers {
	skpd: string;
	slug: string;
	nama: string;
	ringkasan: string;
	tahapan: string;
	inisiator: string;
	jenis: string;
	bentuk: string;
	urusan: string;
	waktu_uji_coba?: string | undefined;
	waktu_penerapan?: string | undefined;
}

/** The writing hint under each body heading (the word minimum comes from the rule set). */
function getHints(rules: RuleSet): Record<(typeof BODY_SECTIONS)[number], string> {
	return {
		'Rancang Bangun': `Minimal ${rules.rancang_bangun_minimal_kata} kata: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan dan kebaruan, tahapan inovasi.`,
		Tujuan: 'Apa yang ingin dicapai, untuk siapa.',
		Manfaat: 'Manfaat bagi warga, perangkat daerah, dan daerah.',
		Hasil: 'Hasil yang sudah terukur: angka sebelum dan sesudah, jumlah penerima manfaat.',
	};
}

/**
 * A file-name slug from a name: lowercase ASCII words joined by `-`, at most 60 characters.
 * @example slugify('SIPANDU — Sistem Informasi Puskesmas') // 'sipandu-sistem-informasi-puskesmas'
 */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Quotes a YAML scalar when it could be read as something else. */
function yamlString(value: string): string {
	return /^[\w\s.,()/–—-]+$/u.test(value) && !/^\s|\s$|^[-?]/.test(value)
		? value
		: JSON.stringify(value);
}

/** The new innovation file. */
export function renderNewInnovation(answers: NewInnovationAnswers, rules: RuleSet): string {
	const lines = [
		'---',
		`nama: ${yamlString(answers.nama)}`,
		`ringkasan: ${yamlString(answers.ringkasan)}`,
		`tahapan: ${answers.tahapan}`,
		`inisiator: ${answers.inisiator}`,
		`jenis: ${answers.jenis}`,
		`bentuk: ${answers.bentuk}`,
		`urusan: ${answers.urusan}`,
		...(answers.waktu_uji_coba ? [`waktu_uji_coba: ${answers.waktu_uji_coba}`] : []),
		...(answers.waktu_penerapan ? [`waktu_penerapan: ${answers.waktu_penerapan}`] : []),
		'# kontak: { nama: Nama Petugas, email: nama@contoh.go.id, telepon: "0812 0000 0000" }',
		'indikator:',
		'  # Ubah parameter 0 menjadi 1, 2, atau 3 sesuai teks pedoman, lalu isi bukti:',
		`  # jalur /bukti/${answers.skpd}/${answers.slug}/<berkas> (unggah ke public/bukti/${answers.skpd}/${answers.slug}/) atau tautan https://`,
	];
	for (const indicator of rules.indikator) {
		const flags = [
			`bobot ${indicator.bobot}`,
			...(indicator.wajib ? ['WAJIB'] : []),
			`berkas ${indicator.jenis_berkas.join('/').toUpperCase()}`,
		];
		lines.push('', `  # ${indicator.nomor}. ${indicator.nama} (${flags.join(', ')})`);
		indicator.parameter.forEach((text, index) => lines.push(`  #   ${index + 1}: ${text}`));
		if (indicator.kunci === rules.kemanfaatan.indikator) {
			lines.push(
				`  #   dasar: ${rules.kemanfaatan.dasar.map((basis) => basis.kunci).join(', ')}; nilai: angka hasil pengukuran (boleh dikosongkan)`
			);
		}
		lines.push(`  ${indicator.kunci}: { parameter: 0, bukti: [] }`);
	}
	lines.push('---', '');
	const hints = getHints(rules);
	for (const section of BODY_SECTIONS)
		lines.push(`## ${section}`, '', `[//]: # "${hints[section]}"`, '');
	return lines.join('\n');
}
