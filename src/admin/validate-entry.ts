// Browser entry of the form's own checks (bundled to public/admin/decap/validate-entry.js by
// npm run cms:bundle), for init.js: window.KatalogValidasi (the pre-save check) and
// window.KatalogPratinjau (the preview pane). The logic is src/lib/cms/.
import { getRuleSet } from '../lib/rules/registry.ts';
import { checkEntry, describeRefusal } from '../lib/cms/validate-entry.ts';
import { createPreview, type CreateElement } from './preview.ts';

/** The officer's own calendar date (the site's region time zone is not known here). */
function getBrowserToday(): string {
	const now = new Date();
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
		.map((part) => String(part).padStart(2, '0'))
		.join('-');
}

Object.assign(window, {
	KatalogValidasi: (data: Record<string, unknown>, year: number) => {
		const result = checkEntry(data, getRuleSet(year), getBrowserToday());
		return { ...result, refusal: describeRefusal(result) };
	},
	KatalogPratinjau: (h: CreateElement, year: number) =>
		createPreview(h, getRuleSet(year), getBrowserToday),
});
