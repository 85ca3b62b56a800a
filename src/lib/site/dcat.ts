/**
 * `/data/katalog.jsonld`: the site's open data described in DCAT (JSON-LD), so a CKAN harvester
 * (Satu Data Indonesia and regional portals run CKAN's DCAT harvester) and the province build find
 * the datasets, the region code, the publisher, the licence and the data version without scraping.
 * Deterministic: no build time, only what the repository says.
 */
import { OPEN_DATA_VERSION } from './data-version.ts';

/** The licence of the published data (README: data CC BY 4.0). */
export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface DcatRegion {
	nama: string;
	kode_wilayah?: string | undefined;
	/** The coordinating unit, the publisher. */
	koordinator: string;
	email?: string | undefined;
}

/** One published file: its site path (under the base), title, media type and schema. */
export interface DcatFile {
	path: string;
	title: string;
	mediaType: string;
	/** The site path of the JSON Schema it conforms to. */
	conformsTo?: string;
}

/** The catalogue document for the site at `site` (its base URL). */
export function toDcatCatalog(input: {
	site: string;
	region: DcatRegion;
	rulesYear: number;
	/** ISO date of the latest content change, when known (git). */
	modified?: string | undefined;
	datasets: {
		id: string;
		title: string;
		description: string;
		keywords: string[];
		files: DcatFile[];
	}[];
}) {
	const { site, region } = input;
	const url = (path: string) => new URL(path, site).href;
	const spatial = region.kode_wilayah
		? {
				'dct:spatial': {
					'@type': 'dct:Location',
					'dct:identifier': region.kode_wilayah,
					'skos:prefLabel': region.nama,
				},
			}
		: {};
	const publisher = {
		'@type': 'foaf:Organization',
		'foaf:name': region.koordinator,
		...(region.email ? { 'foaf:mbox': `mailto:${region.email}` } : {}),
	};
	const version = `data ${OPEN_DATA_VERSION}; aturan IID ${input.rulesYear}`;
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			foaf: 'http://xmlns.com/foaf/0.1/',
			skos: 'http://www.w3.org/2004/02/skos/core#',
			owl: 'http://www.w3.org/2002/07/owl#',
		},
		'@id': url('data/katalog.jsonld'),
		'@type': 'dcat:Catalog',
		'dct:title': `Data terbuka Katalog Inovasi Daerah ${region.nama}`,
		'dct:language': 'id',
		'dct:publisher': publisher,
		'dct:license': DATA_LICENSE,
		'foaf:homepage': site,
		...spatial,
		...(input.modified ? { 'dct:modified': input.modified } : {}),
		'dcat:dataset': input.datasets.map((dataset) => ({
			'@id': url(`data/katalog.jsonld#${dataset.id}`),
			'@type': 'dcat:Dataset',
			'dct:identifier': `${region.kode_wilayah ?? region.nama}/${dataset.id}`,
			'dct:title': `${dataset.title} — ${region.nama}`,
			'dct:description': dataset.description,
			'dcat:keyword': dataset.keywords,
			'dct:publisher': publisher,
			'dct:license': DATA_LICENSE,
			'owl:versionInfo': version,
			'dct:temporal': String(input.rulesYear),
			...spatial,
			...(input.modified ? { 'dct:modified': input.modified } : {}),
			'dcat:distribution': dataset.files.map((file) => ({
				'@type': 'dcat:Distribution',
				'dct:title': file.title,
				'dcat:accessURL': url(file.path),
				'dcat:downloadURL': url(file.path),
				'dcat:mediaType': file.mediaType,
				'dct:license': DATA_LICENSE,
				...(file.conformsTo ? { 'dct:conformsTo': url(file.conformsTo) } : {}),
			})),
		})),
	};
}
