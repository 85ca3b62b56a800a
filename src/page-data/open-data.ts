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
import { getInnovationViews, getSiteRepository, getSiteScores } from './repository.ts';

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
