import type { APIContext } from 'astro';
import { getInnovationViews, getSiteRepository } from '../page-data/repository.ts';
import { sortByNewest } from '../lib/site/innovation-view.ts';
import { toRss } from '../lib/site/feeds.ts';
import { t } from '../lib/i18n/t.ts';

/** `/rss.xml`: the newest innovations. */
export function GET(context: Pick<APIContext, 'site'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	const region = getSiteRepository().pemda?.nama ?? '';
	const xml = toRss({
		title: `${t('site.title')} ${region}`.trim(),
		description: t('site.description'),
		link: site,
		items: sortByNewest(getInnovationViews())
			.slice(0, 50)
			.map((view) => ({
				title: view.data.nama,
				link: new URL(`inovasi/${view.id}/`, site).href,
				description: view.data.ringkasan,
				date: view.tanggalTerbaru || undefined,
				category: view.skpdNama,
			})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
