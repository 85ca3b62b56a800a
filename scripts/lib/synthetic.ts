/**
 * Seeded synthetic innovations for the benchmark: realistic shape (agencies, stages, affairs,
 * indicator answers with evidence links, 400–800 words), same output for the same seed.
 */
import type { RuleSet } from '../../src/schemas/rule-set.ts';

/** mulberry32: a small seeded PRNG (deterministic across runs and machines). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'layanan warga desa puskesmas sekolah data digital pendaftaran antrean laporan bantuan perizinan jalan air bersih sampah nelayan petani kader posyandu gizi anak lansia perempuan pajak retribusi aset arsip peta bencana banjir kebakaran pengaduan pelatihan koperasi pasar ikan padi sawit tambang pelabuhan kecamatan kelurahan dinas badan bupati peraturan anggaran program kegiatan sasaran capaian kinerja indeks mutu waktu biaya jarak akses terpadu terbuka cepat murah mudah aman tepat berkelanjutan kolaborasi masyarakat swasta perguruan tinggi media daring luring aplikasi pesan singkat rekam medis rujukan verifikasi validasi monitoring evaluasi survei kepuasan'.split(
		' '
	);

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number, words: number): string {
	const list = Array.from({ length: words }, () => pick(random, WORDS));
	return `${list[0]!.charAt(0).toUpperCase()}${list[0]!.slice(1)} ${list.slice(1).join(' ')}.`;
}

function paragraph(random: () => number, words: number): string {
	const parts: string[] = [];
	let left = words;
	while (left > 0) {
		const size = Math.min(left, 8 + Math.floor(random() * 12));
		parts.push(sentence(random, size));
		left -= size;
	}
	return parts.join(' ');
}

/** One synthetic innovation file. */
export function createSyntheticInnovation(
	random: () => number,
	index: number,
	rules: RuleSet
): string {
	const stage = pick(random, ['inisiatif', 'uji-coba', 'penerapan', 'penerapan', 'penerapan']);
	const year = 2023 + Math.floor(random() * 3);
	const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
	const trial = `${year}-${month}-05`;
	const applied = `${year}-${month}-25`;
	const answers = rules.indikator
		.filter(() => random() < 0.7)
		.map((indicator) => {
			const parameter = 1 + Math.floor(random() * 3);
			const extra =
				indicator.kunci === rules.kemanfaatan.indikator
					? `, dasar: ${pick(random, rules.kemanfaatan.dasar).kunci}`
					: '';
			return `  ${indicator.kunci}: { parameter: ${parameter}${extra}, bukti: [https://arsip.example.go.id/bukti/${index}/${indicator.kunci}.pdf] }`;
		});
	const design = rules.rancang_bangun_minimal_kata + Math.floor(random() * 250);
	const rest = 100 + Math.floor(random() * 250);
	return [
		'---',
		`nama: Inovasi ${pick(random, WORDS)} ${pick(random, WORDS)} ${index}`,
		`ringkasan: ${sentence(random, 14)}`,
		`tahapan: ${stage}`,
		`inisiator: ${pick(random, ['perangkat-daerah', 'asn', 'masyarakat', 'kepala-daerah'])}`,
		`jenis: ${pick(random, ['digital', 'non-digital'])}`,
		`bentuk: ${pick(random, ['tata-kelola', 'pelayanan-publik', 'lainnya'])}`,
		`urusan: ${pick(random, rules.urusan).kunci}`,
		...(stage !== 'inisiatif' ? [`waktu_uji_coba: ${trial}`] : []),
		...(stage === 'penerapan' ? [`waktu_penerapan: ${applied}`] : []),
		...(answers.length > 0 ? ['indikator:', ...answers] : []),
		'---',
		'',
		'## Rancang Bangun',
		'',
		paragraph(random, design),
		'',
		'## Tujuan',
		'',
		paragraph(random, Math.floor(rest / 3)),
		'',
		'## Manfaat',
		'',
		paragraph(random, Math.floor(rest / 3)),
		'',
		'## Hasil',
		'',
		paragraph(random, Math.floor(rest / 3)),
		'',
	].join('\n');
}
