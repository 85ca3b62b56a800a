/** The `verifikasi` command (entry point: `scripts/verifikasi.ts`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../../src/lib/errors.ts';
import { formatNumber } from '../../src/lib/format/number.ts';
import {
	decideInnovation,
	decideRegion,
	listPendingKeys,
	type Decision,
} from '../../src/lib/verification/decide.ts';
import { buildQueue } from '../../src/lib/verification/queue.ts';
import { toVerificationYaml } from '../../src/lib/verification/to-yaml.ts';
import { isIsoDate } from '../../src/schemas/shared.ts';
import {
	createEvidenceLookup,
	loadRepository,
	type Repository,
} from '../../src/repository/load-repository-fs.ts';
import {
	getInnovationPath,
	getVerificationPath,
	PEMDA_FILE,
	REGION_VERIFICATION_FILE,
} from '../../src/repository/paths.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { getToday } from '../../src/repository/today.ts';
import { createFileHash, getCurrentFingerprints } from '../../src/repository/verification-fs.ts';
import { parseCliArgs } from '../lib/args.ts';
import { runCli } from '../lib/output.ts';
import { formatQueue } from '../lib/format-queue.ts';
import { resolveIndicatorKeys, type NamedRow } from '../lib/indicator-keys.ts';
import { moveVerification } from './verify-move.ts';
import { formatClaims } from '../lib/format-claims.ts';
import { checkRecordedLinks, recordLinks } from './verify-links.ts';
import type { LinkRecord } from '../../src/schemas/verification.ts';

const HELP = `Pemakaian: npm run verifikasi -- [perintah] [opsi]
  (tanpa perintah) | antrean [--skpd ID] [--json]
                  antrean verifikasi per SKPD: menunggu, kedaluwarsa (dengan indikatornya), perlu perbaikan
  lihat <skpd/slug|pemda>                               klaim satu inovasi beserta bukti dan verifikasinya
  terima <skpd/slug|pemda> [kunci atau nomor …] [--parameter N] [--catatan TEKS]
                  terima klaim (bawaan: semua klaim yang menunggu) pada parameter klaim,
                  atau pada --parameter yang lebih rendah dengan --catatan
  perbaiki <skpd/slug|pemda> <kunci …> --catatan TEKS   kembalikan ke SKPD untuk diperbaiki
  tolak <skpd/slug|pemda> <kunci …> --catatan TEKS      tolak klaim (bernilai 0)
  layak <skpd/slug>                                     nyatakan inovasi layak dinilai
  tidak-layak <skpd/slug> --catatan ALASAN              nyatakan tidak layak (bukan inovasi, ganda, di luar jendela)
  pindah <skpd/slug-lama> <skpd/slug-baru>               bawa verifikasi ikut saat berkas inovasi diganti namanya
  periksa-tautan [--json]                                 unduh ulang dokumen bukti bertautan yang tercatat; yang berubah
                                                          atau hilang ditandai, verifikasinya kedaluwarsa
Opsi: --oleh NAMA (atau KATALOG_VERIFIKATOR=NAMA), --tanggal YYYY-MM-DD (bawaan hari ini)`;

const DECISIONS = new Set(['terima', 'perbaiki', 'tolak', 'layak', 'tidak-layak']);

await runCli(async () => {
	const { values, positionals, wantsHelp } = parseCliArgs(
		{
			skpd: { type: 'string' },
			json: { type: 'boolean' },
			parameter: { type: 'string' },
			catatan: { type: 'string' },
			oleh: { type: 'string' },
			tanggal: { type: 'string' },
		},
		HELP,
		{ positionals: true }
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const [command = 'antrean', target, ...keys] = positionals;
	const today = getToday();
	const root = process.cwd();
	const repo = loadRepository(root, { today, keep: 'scores', performance: { parallel: true } });
	if (command === 'antrean') {
		const queues = buildQueue(scoreRepository(repo)).filter(
			(q) => !values.skpd || q.skpd === values.skpd
		);
		if (values.json) console.log(JSON.stringify(queues, null, 2));
		else
			console.log(
				formatQueue(
					queues,
					scoreRepository(repo),
					new Map([...repo.agencies].map(([id, a]) => [id, a.nama]))
				)
			);
		return 0;
	}
	if (command === 'lihat') {
		const report = scoreRepository(repo);
		if (target === 'pemda') {
			if (!repo.pemda) throw new UsageError(`${PEMDA_FILE} tidak ada atau bergalat`);
			console.log(
				formatClaims(
					`Indikator pemda (SPD) — ${repo.pemda.nama}`,
					repo.rules.spd,
					repo.pemda.spd,
					report.terverifikasi.spd_baris,
					repo.rules
				)
			);
			return 0;
		}
		// The full claim (evidence details included), not the scoring fields the queue needs.
		const full = target
			? loadRepository(root, { today, only: [getInnovationPath(target)] })
			: undefined;
		const entry = full?.innovations.find((innovation) => innovation.id === target);
		if (!target || !entry)
			throw new UsageError(
				`lihat: sebutkan inovasi yang ada (skpd/slug) atau pemda${target ? `; ${target} tidak ditemukan` : ''}`
			);
		const scored = report.inovasi.find((innovation) => innovation.id === target)!;
		console.log(
			formatClaims(
				`${entry.data.nama} (${target}) — kelayakan: ${scored.verifikasi.status_layak}; kematangan klaim ${formatNumber(scored.kematangan)}, terverifikasi ${formatNumber(scored.verifikasi.kematangan)}`,
				repo.rules.indikator,
				entry.data.indikator,
				scored.verifikasi.baris,
				repo.rules
			)
		);
		return 0;
	}
	if (command === 'periksa-tautan') {
		const changed = await checkRecordedLinks(repo, today);
		if (values.json) console.log(JSON.stringify(changed, null, 2));
		else {
			for (const change of changed)
				console.log(
					`${change.file}: ${change.kunci}: ${change.alamat} — ${change.keterangan}; verifikasinya kedaluwarsa`
				);
			console.log(
				changed.length > 0
					? `${changed.length} tautan bukti berubah atau hilang; verifikasinya kedaluwarsa. Periksa (git diff), commit, dan ajukan pull request.`
					: 'Semua tautan bukti yang tercatat masih sama dengan yang diverifikasi.'
			);
		}
		return 0;
	}
	if (command === 'pindah') {
		const before = scoreRepository(repo).terverifikasi.pemda;
		const [to] = keys;
		const moved = moveVerification(root, target, to);
		const after = scoreRepository(
			loadRepository(root, { today, keep: 'scores', performance: { parallel: true } })
		).terverifikasi.pemda;
		console.log(
			`${getVerificationPath(target!)} → ${moved}. Klaim yang tidak berubah tetap terverifikasi: IID terverifikasi ${formatNumber(before.iid)} → ${formatNumber(after.iid)}.`
		);
		return 0;
	}
	if (!DECISIONS.has(command)) throw new UsageError(`perintah tidak dikenal: ${command}\n${HELP}`);
	if (!target) throw new UsageError(`${command}: sebutkan inovasi (skpd/slug) atau pemda\n${HELP}`);
	// Indicators named wrongly are refused first, with the nearest key, before anything else is asked.
	resolveIndicatorKeys(keys, target === 'pemda' ? repo.rules.spd : repo.rules.indikator);
	const oleh = values.oleh ?? process.env.KATALOG_VERIFIKATOR;
	if (!oleh)
		throw new UsageError(
			'sebutkan siapa yang memverifikasi: --oleh "Nama" atau KATALOG_VERIFIKATOR="Nama"'
		);
	const tanggal = values.tanggal ?? today;
	if (!isIsoDate(tanggal) || tanggal > today)
		throw new UsageError(
			`--tanggal ${tanggal} harus tanggal YYYY-MM-DD yang tidak di masa depan (hari ini ${today})`
		);
	const parameter = values.parameter === undefined ? undefined : Number(values.parameter);
	if (parameter !== undefined && !Number.isInteger(parameter))
		throw new UsageError(`--parameter ${values.parameter} harus angka bulat 1–3`);
	const decision = { jenis: command, ...(command === 'terima' ? { parameter } : {}) } as Decision;
	const before = scoreRepository(repo).terverifikasi.pemda;
	const written =
		target === 'pemda'
			? await decideForRegion(repo, decision, keys, { oleh, tanggal, catatan: values.catatan })
			: await decideForInnovation(repo, target, decision, keys, {
					oleh,
					tanggal,
					catatan: values.catatan,
				});
	const after = scoreRepository(
		loadRepository(root, { today, keep: 'scores', performance: { parallel: true } })
	).terverifikasi.pemda;
	console.log(
		`${written} ditulis. IID terverifikasi ${formatNumber(before.iid)} → ${formatNumber(after.iid)} (${after.predikat}).`
	);
	console.log(
		'Periksa perubahannya (git diff), lalu commit dan ajukan pull request; SKPD melihat status dan catatannya di halaman inovasi.'
	);
	return 0;
});

interface Stamp {
	oleh: string;
	tanggal: string;
	catatan: string | undefined;
}

function refuseBrokenFile(repo: Repository, file: string, claimFile: string) {
	if (repo.findings.some((f) => f.severity === 'galat' && f.file === file))
		throw new UsageError(`${file} bergalat; perbaiki atau hapus dulu (npm run check:content)`);
	if (repo.findings.some((f) => f.severity === 'galat' && f.file === claimFile))
		throw new UsageError(
			`${claimFile} bergalat; SKPD perlu memperbaikinya sebelum diverifikasi (npm run check:content)`
		);
}

/** For an acceptance: each linked document downloaded once (warnings printed for the unreadable). */
async function recordAcceptedLinks(
	decision: Decision,
	answers: Readonly<Record<string, unknown>>,
	keys: readonly string[],
	today: string
): Promise<Record<string, LinkRecord[]>> {
	if (decision.jenis !== 'terima') return {};
	const { links, notes } = await recordLinks(answers, keys, today);
	for (const note of notes) process.stderr.write(`${note}\n`);
	return links;
}

async function decideForInnovation(
	repo: Repository,
	id: string,
	decision: Decision,
	keys: string[],
	stamp: Stamp
): Promise<string> {
	const file = getVerificationPath(id);
	refuseBrokenFile(repo, file, getInnovationPath(id));
	const entry = repo.innovations.find((innovation) => innovation.id === id);
	if (!entry) throw new UsageError(`inovasi ${id} tidak ditemukan (${getInnovationPath(id)})`);
	const fileHash = createFileHash(
		repo.root,
		createEvidenceLookup(repo.root),
		repo.rules.berkas_bukti.ukuran_maksimal_byte
	);
	const current = getCurrentFingerprints(
		entry.data,
		entry.data.indikator,
		repo.rules.indikator.map((r) => r.kunci),
		fileHash
	);
	const existing = repo.verification.records.get(id);
	const chosen = pickKeys(keys, decision, repo.rules.indikator, () =>
		listPendingKeys(entry.data.indikator, existing?.indikator ?? {}, current)
	);
	const links = await recordAcceptedLinks(decision, entry.data.indikator, chosen, stamp.tanggal);
	const record = decideInnovation(existing, decision, {
		keys: chosen,
		claims: entry.data.indikator,
		current,
		...stamp,
		links,
	});
	write(repo.root, file, toVerificationYaml(record, getInnovationPath(id)));
	return file;
}

async function decideForRegion(
	repo: Repository,
	decision: Decision,
	keys: string[],
	stamp: Stamp
): Promise<string> {
	refuseBrokenFile(repo, REGION_VERIFICATION_FILE, PEMDA_FILE);
	if (!repo.pemda) throw new UsageError(`${PEMDA_FILE} tidak ada atau bergalat`);
	if (decision.jenis === 'layak' || decision.jenis === 'tidak-layak')
		throw new UsageError(
			'kelayakan hanya untuk inovasi; untuk pemda pakai terima, perbaiki, atau tolak'
		);
	const fileHash = createFileHash(
		repo.root,
		createEvidenceLookup(repo.root),
		repo.rules.berkas_bukti.ukuran_maksimal_byte
	);
	const current = getCurrentFingerprints(
		{},
		repo.pemda.spd,
		repo.rules.spd.map((r) => r.kunci),
		fileHash
	);
	const existing = repo.verification.region;
	const chosen = pickKeys(keys, decision, repo.rules.spd, () =>
		listPendingKeys(repo.pemda!.spd, existing?.spd ?? {}, current)
	);
	const links = await recordAcceptedLinks(decision, repo.pemda.spd, chosen, stamp.tanggal);
	const record = decideRegion(existing, decision, {
		keys: chosen,
		claims: repo.pemda.spd,
		current,
		...stamp,
		links,
	});
	write(repo.root, REGION_VERIFICATION_FILE, toVerificationYaml(record, PEMDA_FILE));
	return REGION_VERIFICATION_FILE;
}

function pickKeys(
	names: string[],
	decision: Decision,
	rows: readonly NamedRow[],
	pending: () => string[]
): string[] {
	const keys = resolveIndicatorKeys(names, rows);
	if (decision.jenis === 'layak' || decision.jenis === 'tidak-layak') return [];
	if (keys.length > 0) return keys;
	if (decision.jenis !== 'terima')
		throw new UsageError(`${decision.jenis}: sebutkan kunci indikator yang dimaksud`);
	const chosen = pending();
	if (chosen.length === 0) throw new UsageError('tidak ada klaim yang menunggu verifikasi');
	return chosen;
}

function write(root: string, file: string, text: string) {
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
}
