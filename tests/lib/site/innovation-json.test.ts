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
