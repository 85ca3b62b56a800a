// The form's preview pane (registered by init.js for every innovation collection): the innovation
// in the catalogue's words, its claimed maturity, and what the pull request check would say. The
// words and numbers come from src/lib/cms/preview-model.ts; this file only lays them out with the
// React that Decap already runs (window.React, from react-globals.js).
import type { RuleSet } from '../schemas/rule-set.ts';
import { checkEntry } from '../lib/cms/validate-entry.ts';
import { toPreviewModel } from '../lib/cms/preview-model.ts';
import { formatScore } from '../lib/format/number.ts';
import { t } from '../lib/i18n/t.ts';

type Child = unknown;
/** React.createElement, as far as this file uses it. */
export type CreateElement = (
	type: string,
	props: Record<string, unknown> | null,
	...children: Child[]
) => unknown;

/** What Decap passes a preview template (entry is an Immutable Map). */
interface PreviewProps {
	entry: { get(key: 'data'): { toJS(): Record<string, unknown> } | undefined };
	widgetFor(name: string): unknown;
}

const ERROR = { color: '#a4000f' };
const WARNING = { color: '#6b4e00' };
const MISSING = {
	color: '#444',
	background: '#f3f5f8',
	padding: '0.5rem 0.75rem',
	borderRadius: '0.4rem',
};

/** The preview component for a rule set; `today` is the officer's date, `YYYY-MM-DD`. */
export function createPreview(h: CreateElement, rules: RuleSet, today: () => string) {
	return function InnovationPreview(props: PreviewProps) {
		const data = props.entry.get('data')?.toJS() ?? {};
		const model = toPreviewModel(data, checkEntry(data, rules, today()), rules);
		const list = (items: string[], style?: object) =>
			h('ul', null, ...items.map((item) => h('li', style ? { style } : null, item)));
		return h(
			'article',
			{ style: { fontFamily: 'system-ui, sans-serif', lineHeight: 1.5, maxWidth: '42rem' } },
			h('p', { style: { color: '#555' } }, t('cms.previewTitle')),
			h('h1', null, model.nama || '…'),
			model.ringkasan ? h('p', { style: { fontSize: '1.15em' } }, model.ringkasan) : null,
			h(
				'dl',
				null,
				...model.fakta.flatMap(([label, value]) => [
					h('dt', { style: { fontWeight: 600 } }, label),
					h('dd', null, value),
				])
			),
			h(
				'p',
				null,
				h(
					'strong',
					null,
					model.kematangan !== undefined
						? t('cms.previewMaturity', {
								value: formatScore(model.kematangan),
								max: formatScore(model.maksimal),
							})
						: model.errors.length > 0
							? t('cms.previewInvalid')
							: t('cms.previewPending')
				)
			),
			// Still-empty required fields are a calm to-do line: a new entry has nothing typed yet.
			model.missing.length > 0
				? h('p', { style: MISSING }, t('cms.previewMissing', { fields: model.missing.join(', ') }))
				: null,
			model.errors.length > 0
				? h(
						'div',
						{ role: 'alert' },
						h('p', { style: ERROR }, t('cms.previewErrors')),
						list(model.errors, ERROR)
					)
				: model.missing.length === 0
					? h('p', null, t('cms.previewOk'))
					: null,
			model.warnings.length > 0
				? h(
						'div',
						null,
						h('p', { style: WARNING }, t('cms.previewWarnings')),
						list(model.warnings, WARNING)
					)
				: null,
			h('h2', null, t('cms.previewClaims')),
			model.klaim.length > 0 ? list(model.klaim) : h('p', null, t('cms.previewNoClaims')),
			h('h2', null, t('innovation.description')),
			props.widgetFor('body')
		);
	};
}
