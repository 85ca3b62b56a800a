/**
 * PR check: reasons a coordinator should look closer than at an ordinary one-agency submission.
 */
import type { FileChange } from '../../../src/repository/git-fs.ts';
import { getAffectedIds } from '../pr-state.ts';

const INNOVATIONS = /^content\/inovasi\//;
/** What an ordinary submission changes: innovation files and their evidence. */
const ORDINARY = /^(content\/inovasi|public\/bukti)\//;

/** Path prefixes (or exact files) and what changing them means, checked in this order. */
const SENSITIVE: [RegExp, string][] = [
	[/^content\/pemda\.yml$/, 'mengubah content/pemda.yml (jawaban indikator pemda)'],
	[/^content\/skpd\//, 'mengubah daftar SKPD (content/skpd/)'],
	[
		/^content\/verifikasi\//,
		'mengubah berkas verifikasi (content/verifikasi/): periksa bahwa hanya koordinator yang memverifikasi dan apa yang diterima',
	],
	[
		/^content\/arsip\//,
		'mengubah arsip resmi (content/arsip/): catatan resmi penilaian; periksa bahwa hanya koordinator yang mengubahnya dan apa yang berubah',
	],
	[
		/^public\/(?!bukti\/)/,
		'mengubah berkas di public/ di luar public/bukti/ (hanya bukti yang diterbitkan; berkas di jalur yang dibuat build adalah galat)',
	],
	[/^src\/data\/aturan\//, 'mengubah aturan penilaian (src/data/aturan/)'],
	[/^\.github\/|^\.gitlab-ci\.yml$/, 'mengubah alur kerja CI (.github/ atau .gitlab-ci.yml)'],
	[
		/^(src|scripts|tests|\.husky|\.ci)\/|^(package(-lock)?\.json|astro\.config\.mjs|tsconfig\.json|vitest[^/]*\.ts|\.npmrc|\.nvmrc)$/,
		'mengubah kode atau konfigurasi',
	],
];

/** Lists the reasons for coordinator attention (empty for an ordinary submission). */
export function getAttentionReasons(changes: readonly FileChange[]): string[] {
	const reasons: string[] = [];
	const agencies = [...new Set([...getAffectedIds(changes)].map((id) => id.split('/')[0]!))].sort();
	if (agencies.length > 1)
		reasons.push(`mengubah inovasi lebih dari satu SKPD (${agencies.join(', ')})`);
	const paths = changes.flatMap((change) =>
		[change.path, change.from].filter((p): p is string => p !== undefined)
	);
	for (const [pattern, reason] of SENSITIVE)
		if (paths.some((path) => pattern.test(path))) reasons.push(reason);
	const outside = paths.filter(
		(path) => !ORDINARY.test(path) && !SENSITIVE.some(([pattern]) => pattern.test(path))
	);
	if (outside.length > 0)
		reasons.push(
			'mengubah berkas di luar content/inovasi/ dan public/bukti/ (lihat daftar berkas)'
		);
	return reasons;
}

/**
 * Every changed path outside `content/inovasi/`, each on its own (renames under both names), for
 * the attention section: a list cut after a few entries once hid `public/index.html` behind "…".
 */
export function listChangedOutsideInnovations(
	changes: readonly FileChange[]
): { path: string; status: FileChange['status'] }[] {
	return changes
		.flatMap((change) =>
			[change.path, change.from]
				.filter((path): path is string => path !== undefined && !INNOVATIONS.test(path))
				.map((path) => ({ path, status: change.status }))
		)
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
