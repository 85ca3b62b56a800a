import { expect, test } from 'vitest';
import { toInnovationJson } from '../../../src/lib/site/open-data.ts';
import { getInnovationViews, getSiteRepository } from '../../../src/page-data/repository.ts';

test('inovasi.json is a JSON array with one record per line, sorted by id', () => {
	const views = getInnovationViews();
	const text = toInnovationJson([...views].reverse(), getSiteRepository().rules);
	const lines = text.split('\n');
	expect(lines[0]).toBe('[');
	expect(lines.at(-2)).toBe(']');
	expect(lines.at(-1)).toBe('');
	const records = lines
		.slice(1, -2)
		.map((line) => JSON.parse(line.replace(/,$/, '')) as { id: string });
	expect(records.map((record) => record.id)).toEqual(views.map((view) => view.id).sort());
	expect(JSON.parse(text)).toEqual(records);
});

test('no innovations: an empty array', () => {
	expect(toInnovationJson([], getSiteRepository().rules)).toBe('[]\n');
});

test('evidence details appear as bukti_rincian only on rows whose evidence has them', () => {
	const views = getInnovationViews();
	const records = JSON.parse(toInnovationJson(views, getSiteRepository().rules)) as {
		id: string;
		indikator: { kunci: string; bukti: string[]; bukti_rincian?: Record<string, string>[] }[];
	}[];
	const rows = records.flatMap((record) => record.indikator);
	const detailed = rows.filter((row) => row.bukti_rincian);
	// The sample holds both kinds, so the test can fail either way.
	expect(detailed.length).toBeGreaterThan(0);
	expect(rows.length - detailed.length).toBeGreaterThan(0);
	for (const row of detailed) {
		expect(row.bukti_rincian!.map((item) => item.berkas)).toEqual(row.bukti);
		expect(row.bukti_rincian!.some((item) => Object.keys(item).length > 1)).toBe(true);
	}
	const regulasi = records
		.find((record) => record.id === 'dinkes/sipandu')!
		.indikator.find((row) => row.kunci === 'regulasi')!;
	expect(regulasi.bukti_rincian?.[0]).toMatchObject({ nomor: '188.45/412/KUM/2024' });
});
