import { describe, expect, test } from 'vitest';
import { loadRepository } from '../../../src/repository/load-repository-fs.ts';
import { scoreRepository } from '../../../src/repository/score-repository.ts';
import { toScoreJson } from '../../../src/lib/scoring/to-score-json.ts';
import { toInnovationJson } from '../../../src/lib/site/open-data.ts';
import { buildInnovationViews } from '../../../src/lib/site/innovation-view.ts';
import { getLabels } from '../../../src/lib/site/labels.ts';
import { getRuleSet } from '../../../src/lib/rules/registry.ts';
import {
	PublishedScoresSchema,
	readInnovations,
} from '../../../src/lib/province/read-open-data.ts';
import { agrees, recomputeRegion } from '../../../src/lib/province/recompute.ts';
import { OPEN_DATA_VERSION } from '../../../src/lib/site/data-version.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

// The sample region's open data, exactly as the site publishes it.
const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
const report = scoreRepository(repo);
const names = new Map([...repo.agencies].map(([id, agency]) => [id, agency.nama]));
const views = buildInnovationViews(repo.innovations, report.inovasi, names, getLabels(repo.rules));
const skor = JSON.parse(JSON.stringify(toScoreJson(report, repo.pemda))) as unknown;
const inovasi = JSON.parse(toInnovationJson(views, repo.rules)) as Record<string, unknown>[];

describe('the open data says how to read it and is enough to recompute both indexes', () => {
	test('versioned: skor.json and every inovasi.json record name the data version and rule year', () => {
		const scores = PublishedScoresSchema.parse(skor);
		expect(scores.versi_data).toBe(OPEN_DATA_VERSION);
		expect(scores.daerah).toEqual({
			nama: repo.pemda!.nama,
			kode_wilayah: repo.pemda!.kode_wilayah,
		});
		expect(scores.spd_baris).toHaveLength(repo.rules.spd.length);
		for (const record of inovasi) {
			expect(record.versi_data).toBe(OPEN_DATA_VERSION);
			expect(record.tahun_aturan).toBe(repo.rules.tahun);
		}
	});

	test('recomputed from the files alone, both indexes agree with the published ones', () => {
		const scores = PublishedScoresSchema.parse(skor);
		const { valid, skipped } = readInnovations(inovasi);
		expect(skipped).toEqual([]);
		const result = recomputeRegion(scores, valid, getRuleSet(scores.tahun_penilaian));
		expect(result.klaim.iid).toBe(scores.pemda.iid);
		expect(result.terverifikasi!.iid).toBe(scores.pemda_terverifikasi!.iid);
		expect(report.terverifikasi.pemda.iid).toBeGreaterThan(0);
	});

	test('a tampered figure does not agree; a malformed record is skipped and named, the rest kept', () => {
		const scores = PublishedScoresSchema.parse({
			...(skor as object),
			pemda: { ...(skor as { pemda: object }).pemda, iid: 99 },
		});
		const broken = [...inovasi.slice(1), { ...inovasi[0], indikator: 'rusak' }, { id: '<script>' }];
		const { valid, skipped } = readInnovations(broken);
		expect(valid).toHaveLength(inovasi.length - 1);
		expect(skipped.map((item) => item.apa)).toEqual([inovasi[0]!.id, '<script>']);
		const result = recomputeRegion(scores, valid, getRuleSet(scores.tahun_penilaian));
		expect(agrees(scores.pemda.iid, result.klaim.iid)).toBe(false);
	});

	test('a version 1 file (no SPD answers, no decisions) still gives the claimed index, not the verified', () => {
		const { spd_baris: _rows, versi_data: _version, ...older } = skor as Record<string, unknown>;
		const scores = PublishedScoresSchema.parse(older);
		const records = inovasi.map(
			({ parameter_terverifikasi: _p, status_layak: _s, ...rest }) => rest
		);
		const result = recomputeRegion(scores, readInnovations(records).valid, getRuleSet(2026));
		expect(result.klaim.iid).toBe(scores.pemda.iid);
		expect(result.terverifikasi).toBeUndefined();
	});
});
