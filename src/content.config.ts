/**
 * Content collections, thin: entries come from the same validated repository as the CLIs, typed
 * by the same schemas. Invalid files are reported in the build log and left out.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { createInnovationSchema } from './schemas/innovation.ts';
import { getInnovationViews, getSiteRepository } from './page-data/repository.ts';
import { getSearchIndex } from './integrations/search-index.ts';
import { startSiteExport } from './page-data/national-export.ts';
import { toSearchDocument } from './lib/site/search-document.ts';
import { sortByMaturity } from './lib/site/innovation-view.ts';
import { t } from './lib/i18n/t.ts';
import { formatFinding } from './lib/validation/finding.ts';

const repo = getSiteRepository();

const innovationLoader: Loader = {
	name: 'katalog-inovasi',
	load: async (context) => {
		const { store, logger } = context;
		// Files under public/ are reported by the checked-public integration, which leaves them out.
		const errors = repo.findings.filter(
			(finding) => finding.severity === 'galat' && !finding.file.startsWith('public/')
		);
		for (const finding of errors) logger.warn(formatFinding(finding));
		if (errors.length > 0)
			logger.warn(
				`${new Set(errors.map((f) => f.file)).size} berkas bergalat dilewati; situs dibangun dari isi yang valid.`
			);
		store.clear();
		// During `astro build`, each innovation also goes to the search index (see search-document.ts).
		const search = getSearchIndex();
		const views = search ? new Map(getInnovationViews().map((view) => [view.id, view])) : undefined;
		// Pagefind's default sort reproduces the catalogue's order (see toSearchDocument).
		const ordered = search ? sortByMaturity(getInnovationViews()) : [];
		const order = new Map(ordered.map((view, index) => [view.id, ordered.length - index]));
		const notImplemented = t('innovation.notImplemented');
		for (const entry of repo.innovations) {
			const data = { ...entry.data, skpd: entry.skpd };
			const rendered = await context.renderMarkdown(entry.body);
			const view = views?.get(entry.id);
			if (search && view)
				search.add(toSearchDocument(view, order.get(view.id)!, search.base, notImplemented));
			store.set({
				id: entry.id,
				data,
				// No `body`: pages render `rendered`, and the raw text would double what the data
				// store serialises at 40,000 entries.
				filePath: entry.file,
				digest: context.generateDigest(entry.body + JSON.stringify(data)),
				rendered,
			});
		}
		search?.seal();
		// During `astro build` (as for the search index) the coordinators' workbook is built on a
		// second thread from here on, while the site bundles and renders (national-export.ts).
		if (search) startSiteExport();
	},
};

export const collections = {
	inovasi: defineCollection({
		loader: innovationLoader,
		schema: createInnovationSchema(repo.rules),
	}),
};
