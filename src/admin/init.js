// Starts Decap CMS on the form page (copied to public/admin/decap/init.js by npm run cms:bundle;
// the page's Content-Security-Policy allows no inline script).
//
// Decap's global "Media" page commits uploads and deletions straight to the branch, outside the
// editorial workflow (decaporg/decap-cms#5061, "not a bug"), and Decap has no setting to turn it
// off. Evidence belongs with its innovation's pull request — uploaded from the entry, where Decap
// commits it with the entry — so the header's Media button (the only <button> of the header; its
// siblings are links and dropdowns) is hidden. Branch protection (npm run periksa:repo) is what
// refuses such a commit; this keeps officers from trying.
(function () {
	var style = document.createElement('style');
	style.textContent = 'button[class*="-AppHeaderButton-"] { display: none !important; }';
	document.head.appendChild(style);
	var cms = window.DecapCmsApp.default || window.DecapCmsApp;
	// Bahasa Indonesia (locale-id.js, loaded before this file); config.yml selects it with locale: id.
	cms.registerLocale('id', window.KatalogLocaleId);
	// The project's own check before Save (validate-entry.js, the same schema as check:content): an
	// error the pull request check would raise stops the save with its Indonesian message, and what
	// is saved lists indicators in the rule set's order without unclaimed ones.
	var year = Number(document.querySelector('meta[name="katalog-aturan"]').content);
	cms.registerEventListener({
		name: 'preSave',
		handler: function (event) {
			var data = event.entry.get('data');
			var result = window.KatalogValidasi(data.toJS(), year);
			if (result.refusal) {
				var message = result.refusal;
				throw {
					message: message,
					toString: function () {
						return message;
					},
				};
			}
			// Ordered maps: a plain Immutable Map loses key order past 8 keys, and Decap writes nested
			// keys in the map's order (it sorts only the top level by the collection's fields).
			var OrderedMap = data.toOrderedMap().constructor;
			var tidy = OrderedMap();
			Object.keys(result.data).forEach(function (key) {
				tidy = tidy.set(
					key,
					key === 'indikator'
						? OrderedMap(result.data.indikator).map(function (answer) {
								return OrderedMap(answer);
							})
						: data.get(key)
				);
			});
			return tidy;
		},
	});
	// The preview pane in the catalogue's words, with the claimed maturity and the same check's
	// errors (preview.ts); one registration per innovation collection, named on the page.
	var preview = window.KatalogPratinjau(window.React.createElement, year);
	document
		.querySelector('meta[name="katalog-koleksi"]')
		.content.split(' ')
		.forEach(function (name) {
			cms.registerPreviewTemplate(name, preview);
		});
	cms.init();
})();
