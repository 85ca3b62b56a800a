import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildCmsFiles } from '../../scripts/lib/form-site-fs.ts';
import { innovationFields, NOT_IN_FORM, toDecapConfig } from '../../src/lib/cms/to-decap-config.ts';
import { createInnovationSchema } from '../../src/schemas/innovation.ts';
import { rules2026 } from '../helpers/rules.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

const generated = Object.fromEntries(buildCmsFiles(REPO_ROOT));

describe('Decap CMS config', () => {
	test('the form is generated, not committed: config.yml and index.html only', () => {
		expect(Object.keys(generated)).toEqual(['config.yml', 'index.html']);
		expect(generated['config.yml']).toMatch(
			/^# Dibuat saat build dari src\/schemas dan aturan 2026/
		);
	});

	test('the form page allows no inline script and talks only to GitHub, the OAuth service and the local backend', () => {
		const page = generated['index.html']!;
		const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
		expect(policy).toContain("script-src 'self' 'unsafe-eval';");
		expect(policy).toContain(
			"connect-src 'self' https://api.github.com https://oauth.pemkab-tanbu.example http://127.0.0.1:8081;"
		);
		expect(policy).toContain("object-src 'none'");
		expect(page).not.toMatch(/<script>(?!<\/script>)/);
	});

	test('editorial workflow on the GitHub backend, one collection per agency folder with its own evidence folder', () => {
		const config = toDecapConfig(
			rules2026,
			[
				{ id: 'dinsos', nama: 'Dinas Sosial' },
				{ id: 'dinkes', nama: 'Dinas Kesehatan' },
			],
			{ repo: 'org/katalog', branch: 'main' }
		);
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.backend).toMatchObject({ name: 'github', repo: 'org/katalog', branch: 'main' });
		expect(
			config.collections.map((c) => [c.name, c.folder, c.media_folder, c.public_folder])
		).toEqual([
			[
				'inovasi-dinkes',
				'content/inovasi/dinkes',
				'/public/bukti/dinkes/{{slug}}',
				'/bukti/dinkes/{{slug}}',
			],
			[
				'inovasi-dinsos',
				'content/inovasi/dinsos',
				'/public/bukti/dinsos/{{slug}}',
				'/bukti/dinsos/{{slug}}',
			],
		]);
		const body = config.collections[0]!.fields.at(-1)!;
		expect(body).toMatchObject({
			name: 'body',
			widget: 'markdown',
			default: '## Rancang Bangun\n\n\n## Tujuan\n\n\n## Manfaat\n\n\n## Hasil\n\n',
		});
	});

	test('every frontmatter key but skpd is a widget with its Indonesian label and hint from the schema', () => {
		const fields = innovationFields(rules2026);
		const keys = Object.keys(createInnovationSchema(rules2026).shape).filter(
			(key) => !(key in NOT_IN_FORM)
		);
		expect(fields.map((f) => f.name)).toEqual(keys);
		expect(keys).not.toContain('skpd');
		for (const field of fields) {
			expect(field.label, String(field.name)).toMatch(/^[A-Z]/);
			expect(typeof field.hint === 'string' ? field.hint : '', String(field.name)).not.toBe('');
		}
		expect(fields.find((f) => f.name === 'tahapan')).toMatchObject({
			widget: 'select',
			options: [
				{ label: 'Inisiatif', value: 'inisiatif' },
				{ label: 'Uji Coba', value: 'uji-coba' },
				{ label: 'Penerapan', value: 'penerapan' },
			],
		});
	});

	test('each indicator is a group with a select of its three parameter texts', () => {
		const indicators = innovationFields(rules2026).find((f) => f.name === 'indikator')!.fields as {
			name: string;
			fields: { name: string; options?: { label: string; value: unknown }[] }[];
		}[];
		expect(indicators).toHaveLength(20);
		const regulasi = indicators[0]!;
		expect(regulasi.name).toBe('regulasi');
		expect(regulasi.fields[0]!.options!.map((o) => o.value)).toEqual([0, 1, 2, 3]);
		expect(regulasi.fields[0]!.options![3]!.label).toBe(
			'3 — Peraturan Daerah (Perda) tentang inovasi ini, masih berlaku dan ditetapkan sebelum 2026'
		);
		expect(indicators.find((i) => i.name === 'kemanfaatan')!.fields.map((f) => f.name)).toEqual([
			'parameter',
			'dasar',
			'nilai',
			'bukti',
			'keterangan',
		]);
	});

	test('the form never accepts a text the schema refuses, and the name gives a valid file name', () => {
		const fields = innovationFields(rules2026) as { name: string; pattern?: [string, string] }[];
		const schema = createInnovationSchema(rules2026) as unknown as {
			shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
		};
		const samples = [
			'SIPANDU — Antrean Puskesmas',
			'a_b',
			'x ~ y',
			'Judul\u202Eexe',
			'bel\u0007',
			'baris\nbaru',
			'<b>tebal</b>',
			'x'.repeat(161),
			'https://a.go.id/layanan',
			'https://a.go.id@jahat.example',
			'http://a.go.id',
			'https://u:p@a.go.id',
		];
		for (const name of ['nama', 'ringkasan', 'tautan']) {
			const pattern = new RegExp(fields.find((f) => f.name === name)!.pattern![0]);
			for (const value of samples.filter((sample) => pattern.test(sample))) {
				expect(
					schema.shape[name]!.safeParse(value).success,
					`${name}: ${JSON.stringify(value)}`
				).toBe(true);
			}
		}
		// Decap's ascii slug keeps `_` and `~`: the name may not hold them.
		const nama = new RegExp(fields.find((f) => f.name === 'nama')!.pattern![0]);
		expect(['a_b', 'x ~ y'].map((value) => nama.test(value))).toEqual([false, false]);
	});

	test('the YAML parses back to the same object', () => {
		const text = generated['config.yml']!;
		expect(
			(parse(text, { maxAliasCount: -1 }) as { collections: unknown[] }).collections.length
		).toBeGreaterThanOrEqual(20);
	});
});
