/** The `score` command (entry point: `scripts/score.ts`, which documents its usage). */
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { PEMDA_FILE } from '../../src/repository/paths.ts';
import { runCli } from '../lib/output.ts';
import { parseCliArgs } from '../lib/args.ts';
import { getToday } from '../../src/repository/today.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { toScoreJson } from '../../src/lib/scoring/to-score-json.ts';
import { recommendActions } from '../../src/lib/scoring/recommend.ts';
import { formatRecommendations, formatScoreSummary } from '../lib/format-score.ts';

const HELP =
	'Pemakaian: npm run score -- [--json] [--saran]\n  --json    mencetak skor sebagai JSON (sama dengan /data/skor.json)\n  --saran   daftar tindakan yang paling menaikkan IID, dengan kenaikannya';

await runCli(() => {
	const { values, wantsHelp } = parseCliArgs(
		{ json: { type: 'boolean' }, saran: { type: 'boolean' } },
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const repo = loadRepository(process.cwd(), {
		today: getToday(),
		performance: { parallel: true },
	});
	if (!repo.pemda) {
		process.stderr.write(
			`galat: ${PEMDA_FILE} tidak ada atau berisi galat; jalankan npm run check:content lalu perbaiki berkas itu\n`
		);
		return 1;
	}
	const report = scoreRepository(repo);
	if (values.saran) {
		const actions = recommendActions(
			{ rules: repo.rules, spdBaris: report.terverifikasi.spd_baris, inovasi: report.inovasi },
			15
		);
		if (values.json) console.log(JSON.stringify(actions, null, 2));
		else console.log(formatRecommendations(actions, report.pemda.iid));
		return 0;
	}
	if (values.json) {
		console.log(JSON.stringify(toScoreJson(report, repo.pemda), null, 2));
		return 0;
	}
	const skipped = new Set(
		repo.findings
			.filter((f) => f.severity === 'galat' && f.file.startsWith('content/inovasi/'))
			.map((f) => f.file)
	).size;
	const agencyNames = new Map([...repo.agencies].map(([id, agency]) => [id, agency.nama]));
	console.log(
		formatScoreSummary(report, { regionName: repo.pemda.nama, agencyNames, skippedFiles: skipped })
	);
	return 0;
});
