/**
 * `npm run build:formulir`: the form (`/admin/`, Decap CMS) as a site of its own in
 * `dist-formulir/`, for the recommended setup where it is served from its own origin (a second
 * Pages site or a subdomain). Decap keeps the coordinator's GitHub token in that origin's
 * localStorage; on its own origin no file of the catalogue — and nothing a submission adds — can
 * reach it. Build the catalogue with `FORMULIR_TERPISAH=1` so it does not publish `/admin/` too.
 */
import { runCli } from './lib/output.ts';
import { writeFormSite } from './lib/form-site-fs.ts';
import { FORM_SITE_DIR } from '../src/lib/cms/to-admin-page.ts';

await runCli(async () => {
	await writeFormSite(process.cwd());
	console.log(
		`Formulir ditulis ke ${FORM_SITE_DIR}/ (terbitkan di origin tersendiri, lihat SECURITY.md).`
	);
	return 0;
});
