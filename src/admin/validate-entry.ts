// Browser entry of the form's pre-save check (bundled to public/admin/decap/validate-entry.js by
// npm run cms:bundle): exposes window.KatalogValidasi for init.js. The logic is src/lib/cms/validate-entry.ts.
import { getRuleSet } from '../lib/rules/registry.ts';
import { checkEntry } from '../lib/cms/validate-entry.ts';

(window as unknown as { KatalogValidasi: unknown }).KatalogValidasi = (
	data: Record<string, unknown>,
	year: number
) => {
	// The officer's own calendar date (the site's region time zone is not known here).
	const now = new Date();
	const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
		.map((part) => String(part).padStart(2, '0'))
		.join('-');
	return checkEntry(data, getRuleSet(year), today);
};
