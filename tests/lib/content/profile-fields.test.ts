import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NOT_IN_PROFILE, PROFILE_FIELDS } from '../../../src/lib/content/profile-fields.ts';
import { listInnovationFields } from '../../../src/lib/content/schema-fields.ts';
import { describeProfile } from '../../../src/lib/site/profile.ts';
import { getLabels } from '../../../src/lib/site/labels.ts';
import { innovationFields } from '../../../src/lib/cms/to-decap-config.ts';
import { replaceFieldsBlock } from '../../../src/lib/docs/fields-markdown.ts';
import { loadRepository } from '../../../src/repository/load-repository-fs.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';
import { rules2026 } from '../../helpers/rules.ts';

const fields = listInnovationFields(rules2026);
const titles = new Map(fields.map((field) => [field.key, field.title]));

describe('one declaration of the shown profile fields', () => {
	test('every schema key is either shown (declared) or left out with a reason, never both', () => {
		const declared = PROFILE_FIELDS.map((field) => field.key);
		for (const { key } of fields)
			expect(declared.includes(key) !== key in NOT_IN_PROFILE, key).toBe(true);
		// A declared key the schema does not have would show nothing, silently.
		for (const key of [...declared, ...Object.keys(NOT_IN_PROFILE)])
			expect(titles.has(key), key).toBe(true);
		expect(new Set(declared).size).toBe(declared.length);
	});

	test('rows read in words, titled by the schema, in the declared order, empty fields left out', () => {
		const rows = describeProfile(
			{
				tahapan: 'uji-coba',
				inisiator: 'asn',
				urusan: 'kesehatan',
				urusan_lain: 'sosial',
				asta_cita: 4,
				pkpn: { klaster: 'kesehatan', program: 'Cek Kesehatan Gratis' },
				waktu_uji_coba: '2025-03-01',
				tautan: 'https://layanan.example.go.id/"a"',
				nama_inisiator: '',
			},
			'profil',
			{ rules: rules2026, labels: getLabels(rules2026), titles, skpdNama: 'Dinas Kesehatan' }
		);
		const cluster = rules2026.klaster_pkpn.find((row) => row.kunci === 'kesehatan')!.nama;
		const asta = rules2026.asta_cita.find((row) => row.nomor === 4)!.nama;
		expect(
			rows.map((row) => [row.label, row.values.map((value) => value.text).join('; ')])
		).toEqual([
			['SKPD', 'Dinas Kesehatan'],
			['Inisiator', 'ASN'],
			['Urusan utama', 'Kesehatan'],
			['Urusan lain', 'Sosial'],
			['Asta Cita', `4. ${asta}`],
			['PKPN', `${cluster} — Cek Kesehatan Gratis`],
			['Mulai uji coba', '1 Maret 2025'],
			['Tautan layanan', 'https://layanan.example.go.id/"a"'],
		]);
		expect(rows.at(-1)!.values[0]!.href).toBe('https://layanan.example.go.id/%22a%22');
	});

	test('the form’s simple widgets come from the declaration: choices in the site’s words', () => {
		const form = new Map(innovationFields(rules2026).map((field) => [field.name, field]));
		const labels = getLabels(rules2026) as unknown as Record<string, Record<string, string>>;
		for (const field of PROFILE_FIELDS.filter((item) => item.format === 'pilihan')) {
			const widget = form.get(field.key) as {
				widget: string;
				options: { label: string; value: string }[];
			};
			expect(widget.widget, field.key).toBe('select');
			expect(widget.options, field.key).toEqual(
				Object.entries(labels[field.key]!).map(([value, label]) => ({ label, value }))
			);
		}
		expect(form.get('urusan_lain')).toMatchObject({
			widget: 'select',
			multiple: true,
			required: false,
		});
		expect(form.get('klasifikasi')).toMatchObject({ default: 'perangkat-daerah', required: false });
		expect(form.get('waktu_uji_coba')).toMatchObject({ widget: 'string', required: false });
		// The deprecated key is not offered.
		expect(form.has('tematik')).toBe(false);
	});

	test('content/README.md’s key table is the generated one (run npm run docs:aturan when this fails)', () => {
		const { rules } = loadRepository(REPO_ROOT, { today: '2026-11-27', only: [] });
		const readme = readFileSync(join(REPO_ROOT, 'content', 'README.md'), 'utf8');
		expect(replaceFieldsBlock(readme, rules)).toBe(readme);
		for (const { key, title } of fields) expect(readme).toContain(`| \`${key}\` | ${title} |`);
	});
});
