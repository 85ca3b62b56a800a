/**
 * `npm run cms:bundle` (and the first step of `npm run build` and `npm run admin`): generates the
 * form into `dist-formulir/` from the schema, the rule set and the agencies (see
 * `scripts/lib/form-site-fs.ts`).
 */
import { runCli } from './lib/output.ts';
import { writeFormSite } from './lib/form-site-fs.ts';
import { FORM_SITE_DIR } from '../src/lib/cms/to-admin-page.ts';

await runCli(async () => {
	await writeFormSite(process.cwd());
	console.log(`Formulir /admin/ dibuat dari skema ke ${FORM_SITE_DIR}/.`);
	return 0;
});
