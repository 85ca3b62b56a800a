/**
 * The open-data documents of the current repository, built once and shared by the endpoints.
 */
import { toScoreJson } from '../lib/scoring/to-score-json.ts';
import {
	toInnovationCsv,
	toInnovationJson,
	toInnovationJsonSchema,
	toVerificationJsonSchema,
} from '../lib/site/open-data.ts';
import {
	getInnovationViews,
	getSiteHistory,
	getSiteRepository,
	getSiteScores,
} from './repository.ts';
import { toDcatCatalog } from '../lib/site/dcat.ts';

/** `skor.json`: byte-identical to `npm run --silent score -- --json`. */
export function getScoreDocument(): string {
	const pemda = getSiteRepository().pemda;
	return `${JSON.stringify(toScoreJson(getSiteScores(), pemda), null, 2)}\n`;
}

/** `inovasi.json`. */
export function getInnovationDocument(): string {
	return toInnovationJson(getInnovationViews(), getSiteRepository().rules);
}

/** `inovasi.csv`. */
export function getInnovationCsvDocument(): string {
	return toInnovationCsv(getInnovationViews(), getSiteRepository().rules);
}

/** `skema-inovasi.json`. */
export function getSchemaDocument(): string {
	return toInnovationJsonSchema(getSiteRepository().rules);
}

/** `skema-verifikasi.json`. */
export function getVerificationSchemaDocument(): string {
	return toVerificationJsonSchema(getSiteRepository().rules);
}

/** `katalog.jsonld`: the DCAT catalogue of the open data, for harvesters and the province build. */
export function getCatalogueDocument(site: string): string {
	const repo = getSiteRepository();
	const dates = [...getSiteHistory().files.values()].map((file) => file.last).sort();
	const catalogue = toDcatCatalog({
		site,
		region: {
			nama: repo.pemda?.nama ?? 'Katalog Inovasi Daerah',
			kode_wilayah: repo.pemda?.kode_wilayah,
			koordinator: repo.pemda?.koordinator ?? repo.pemda?.nama ?? 'Katalog Inovasi Daerah',
			email: repo.pemda?.kontak?.email,
		},
		rulesYear: repo.rules.tahun,
		modified: dates.at(-1),
		datasets: [
			{
				id: 'inovasi',
				title: 'Inovasi daerah',
				description:
					'Setiap inovasi daerah: profil, klaim per indikator IID dengan buktinya, kematangan klaim dan terverifikasi.',
				keywords: ['inovasi daerah', 'IID', 'indeks inovasi daerah', 'pelayanan publik'],
				files: [
					{
						path: 'data/inovasi.json',
						title: 'inovasi.json',
						mediaType: 'application/json',
						conformsTo: 'data/skema-inovasi.json',
					},
					{ path: 'data/inovasi.csv', title: 'inovasi.csv', mediaType: 'text/csv' },
				],
			},
			{
				id: 'skor',
				title: 'Skor Indeks Inovasi Daerah',
				description:
					'Indeks Inovasi Daerah perkiraan (klaim dan terverifikasi), jawaban indikator pemda, dan peringkat SKPD.',
				keywords: ['IID', 'indeks inovasi daerah', 'peringkat'],
				files: [{ path: 'data/skor.json', title: 'skor.json', mediaType: 'application/json' }],
			},
		],
	});
	return `${JSON.stringify(catalogue, null, 2)}\n`;
}
