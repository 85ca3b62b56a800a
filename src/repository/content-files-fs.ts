/**
 * The listing of `content/`: which files are agencies and innovations, and findings for everything
 * else — misplaced files, links (never followed), hidden files (never read), unknown entries — so
 * nothing in `content/` is skipped silently.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../lib/validation/finding.ts';
import { INNOVATION_DIR, SKPD_DIR, VERIFICATION_DIR } from './paths.ts';
import { findingAt } from './source-file-fs.ts';

/** One entry of a folder, read without following links. */
export interface DirEntry {
	name: string;
	isDir: boolean;
	isLink: boolean;
}

/** The entries of `dir` (repository-relative), sorted by name; none when it cannot be read. */
export function listDir(root: string, dir: string): DirEntry[] {
	try {
		return readdirSync(join(root, dir), { withFileTypes: true })
			.map((entry) => ({
				name: entry.name,
				isDir: entry.isDirectory(),
				isLink: entry.isSymbolicLink(),
			}))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch {
		return [];
	}
}

/** What may sit directly in `content/`; anything else is never read, so it is reported. */
const CONTENT_ENTRIES = new Set([
	'README.md',
	'pemda.yml',
	'skpd',
	'inovasi',
	'verifikasi',
	'arsip',
]);

const LINK_REFUSED =
	'tautan simbolik tidak diterima di content/ (tidak pernah diikuti); simpan berkasnya sendiri';

/**
 * Lists `dir`, reporting links (never followed) and hidden files (never read); `.gitkeep` (keeps an
 * empty folder in git) is expected.
 */
function listContentDir(root: string, dir: string, findings: Finding[]): DirEntry[] {
	const entries: DirEntry[] = [];
	for (const entry of listDir(root, dir)) {
		const path = `${dir}/${entry.name}`;
		if (entry.isLink) findings.push(findingAt(path, LINK_REFUSED));
		else if (entry.name === '.gitkeep') continue;
		else if (entry.name.startsWith('.'))
			findings.push(
				findingAt(
					path,
					'berkas atau folder tersembunyi (nama diawali titik) tidak dibaca; ganti namanya atau hapus',
					'peringatan'
				)
			);
		else entries.push(entry);
	}
	return entries;
}

/** Every content file path in the repository (sorted), plus findings for misplaced files. */
export function listContentFiles(root: string): {
	skpd: string[];
	innovations: string[];
	/** `content/verifikasi/<skpd>/<slug>.yml` files (the region's `pemda.yml` is read by name). */
	verifications: string[];
	findings: Finding[];
} {
	const findings: Finding[] = [];
	for (const entry of listContentDir(root, 'content', findings)) {
		if (!CONTENT_ENTRIES.has(entry.name))
			findings.push(
				findingAt(
					`content/${entry.name}`,
					`tidak dikenal di content/ dan tidak dibaca; isi yang dibaca: ${[...CONTENT_ENTRIES].join(', ')}`,
					'peringatan'
				)
			);
	}
	const skpd: string[] = [];
	for (const entry of listContentDir(root, SKPD_DIR, findings)) {
		const file = `${SKPD_DIR}/${entry.name}`;
		if (entry.name.endsWith('.yml') && !entry.isDir) skpd.push(file);
		else findings.push(findingAt(file, 'folder content/skpd/ hanya berisi berkas <id-skpd>.yml'));
	}
	const innovations: string[] = [];
	for (const agency of listContentDir(root, INNOVATION_DIR, findings)) {
		const dir = `${INNOVATION_DIR}/${agency.name}`;
		if (!agency.isDir) {
			if (agency.name !== 'README.md')
				findings.push(
					findingAt(dir, 'simpan inovasi di folder SKPD-nya: content/inovasi/<id-skpd>/<slug>.md')
				);
			continue;
		}
		for (const entry of listContentDir(root, dir, findings)) {
			const file = `${dir}/${entry.name}`;
			if (entry.name.endsWith('.md') && !entry.isDir) innovations.push(file);
			else
				findings.push(
					findingAt(
						file,
						'hanya berkas .md langsung di folder SKPD yang dibaca; bukti disimpan di public/bukti/<skpd>/<slug>/'
					)
				);
		}
	}
	return { skpd, innovations, verifications: listVerificationFiles(root, findings), findings };
}

/** The verification files, and findings for anything else under `content/verifikasi/`. */
function listVerificationFiles(root: string, findings: Finding[]): string[] {
	const files: string[] = [];
	for (const agency of listContentDir(root, VERIFICATION_DIR, findings)) {
		const dir = `${VERIFICATION_DIR}/${agency.name}`;
		if (!agency.isDir) {
			if (agency.name !== 'pemda.yml')
				findings.push(
					findingAt(
						dir,
						'folder content/verifikasi/ berisi pemda.yml dan folder <id-skpd>/<slug>.yml'
					)
				);
			continue;
		}
		for (const entry of listContentDir(root, dir, findings)) {
			const file = `${dir}/${entry.name}`;
			if (entry.name.endsWith('.yml') && !entry.isDir) files.push(file);
			else
				findings.push(
					findingAt(file, 'verifikasi disimpan sebagai content/verifikasi/<id-skpd>/<slug>.yml')
				);
		}
	}
	return files;
}
