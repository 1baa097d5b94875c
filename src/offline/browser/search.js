/*
 * Memoria's offline search: runs on the search page of the offline copy, opened from disk.
 * A plain script (not a module: browsers refuse module files for pages opened from disk) that
 * reads the indexes the copy carries as plain scripts (search-index.<lang>.js, which set
 * self.memoriaOfflineIndex) and searches them with MiniSearch (vendored beside this file).
 *
 * It behaves like the online search page (src/lib/search-page-client.ts): the page's own language
 * is searched, "Include other languages" adds the others, filters with counts narrow the results
 * (values of one filter add up, different filters narrow), and the words, languages and filters
 * are kept in the address (?q=…&all=1&theme=…).
 */
(function (factory) {
	var api = factory();
	if (typeof module === 'object' && module && module.exports) module.exports = api;
	else if (typeof document !== 'undefined') api.start(document);
})(function () {
	'use strict';

	/** Lower-case, without accents: "Energía" and "energia" find the same pages. */
	function normalise(term) {
		return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	}

	/**
	 * "1 result", "31 results" or the sentence for none: the form of the count's plural category,
	 * else `other`, as plural() in src/translations/plural.ts chooses it for the online search. This
	 * plain script is copied into the archive as it is and cannot import that module;
	 * tests/unit/plural.test.ts holds the two to the same text.
	 */
	function resultCount(count, language, strings) {
		if (count === 0) return strings.none;
		var form = strings.results[new Intl.PluralRules(language).select(count)];
		return (form === undefined ? strings.results.other : form).split('{{count}}').join(String(count));
	}

	/** Whether a record has, for every filter in use, one of its chosen values. */
	function matchesFilters(record, filters) {
		return Object.keys(filters).every(function (key) {
			var chosen = filters[key];
			if (!chosen || chosen.length === 0) return true;
			var values = (record.filters && record.filters[key]) || [];
			return chosen.some(function (value) {
				return values.indexOf(value) !== -1;
			});
		});
	}

	/** Number of records per value of each filter. */
	function countFilters(records, keys) {
		var counts = {};
		keys.forEach(function (key) {
			counts[key] = {};
		});
		records.forEach(function (record) {
			keys.forEach(function (key) {
				((record.filters && record.filters[key]) || []).forEach(function (value) {
					counts[key][value] = (counts[key][value] || 0) + 1;
				});
			});
		});
		return counts;
	}

	/** A search over the records of some languages; `add` takes more later. */
	function createSearch(MiniSearch) {
		var byId = new Map();
		var engine = new MiniSearch({
			idField: 'id',
			fields: ['title', 'excerpt', 'text'],
			storeFields: [],
			processTerm: function (term) {
				var clean = normalise(term);
				return clean.length > 1 ? clean : null;
			},
			searchOptions: {
				boost: { title: 4, excerpt: 2 },
				prefix: function (term, index, terms) {
					// The last word is probably still being typed.
					return index === terms.length - 1 && term.length >= 3;
				},
				fuzzy: function (term) {
					return term.length >= 6 ? 0.15 : false;
				},
				combineWith: 'AND',
				// Drafts and archived entries after every current page, as online (weight 0 there;
				// a tiny positive boost here keeps them in the results, in their own order).
				boostDocument: function (id) {
					var record = byId.get(id);
					return record && record.retired ? 1e-6 : 1;
				},
			},
		});
		function inLanguages(languages) {
			return function (record) {
				return languages.indexOf(record.language) !== -1;
			};
		}
		return {
			/** Indexes one language's records, in chunks so the page stays responsive; resolves when done. */
			add: function (language, records) {
				var documents = records.map(function (record, i) {
					var id = language + ':' + i;
					var doc = Object.assign({ id: id, language: language }, record);
					return doc;
				});
				return engine.addAllAsync(documents, { chunkSize: 200 }).then(function () {
					documents.forEach(function (doc) {
						byId.set(doc.id, doc);
					});
				});
			},
			/** Records matching the words, best first, in the given languages. */
			search: function (query, languages) {
				if (!query.trim()) return [];
				var wanted = inLanguages(languages);
				return engine
					.search(query, {
						filter: function (result) {
							return wanted(byId.get(result.id));
						},
					})
					.map(function (result) {
						return byId.get(result.id);
					});
			},
			/** Every record of the given languages, newest first: what filters alone narrow. */
			all: function (languages) {
				return Array.from(byId.values())
					.filter(inLanguages(languages))
					.sort(function (a, b) {
						return (b.date || '').localeCompare(a.date || '');
					});
			},
		};
	}

	function start(document) {
		var root = document.querySelector('memoria-search[data-offline-indexes]');
		if (!root) return;
		var window = document.defaultView;
		var language = root.dataset.language;
		var strings = JSON.parse(root.dataset.strings);
		var languages = JSON.parse(root.dataset.languages);
		var filterKeys = JSON.parse(root.dataset.filterKeys || '[]');
		var indexes = JSON.parse(root.dataset.offlineIndexes);
		var siteRoot = root.dataset.offlineRoot || '';
		var form = root.querySelector('form');
		var input = form.querySelector('input[name="q"]');
		var allBox = form.querySelector('input[name="all"]');
		var filtersBox = root.querySelector('[data-filters]');
		var filtersSection = filtersBox && filtersBox.closest('section');
		var clear = root.querySelector('[data-clear]');
		var status = root.querySelector('[data-status]');
		var list = root.querySelector('[data-results]');
		var dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
		var search = createSearch(window.MiniSearch);
		var pending = {};

		var params = new URLSearchParams(window.location.search);
		var filters = {};
		filterKeys.forEach(function (key) {
			var values = params.getAll(key).filter(Boolean);
			if (values.length > 0) filters[key] = values;
		});
		input.value = params.get('q') || '';
		if (allBox) allBox.checked = params.get('all') === '1';

		var loadedRecords = function (code) {
			return window.memoriaOfflineIndex && window.memoriaOfflineIndex[code];
		};

		/**
		 * Indexes a language, first loading its index with a plain <script> (which pages opened from
		 * disk may use) unless the page already did, as it does for its own language.
		 */
		function load(code) {
			if (pending[code]) return pending[code];
			var ready = loadedRecords(code)
				? Promise.resolve()
				: new Promise(function (done) {
						if (!indexes[code]) return done();
						var script = document.createElement('script');
						script.src = indexes[code];
						script.onload = script.onerror = function () {
							done();
						};
						document.body.appendChild(script);
					});
			pending[code] = ready.then(function () {
				var records = loadedRecords(code);
				return records ? search.add(code, records) : undefined;
			});
			return pending[code];
		}

		function labelOf(code) {
			for (var i = 0; i < languages.length; i++) if (languages[i].code === code) return languages[i].label;
			return code;
		}

		function renderFilters(counts) {
			if (!filtersBox) return;
			filtersBox.replaceChildren();
			filterKeys.forEach(function (key) {
				var chosen = filters[key] || [];
				var values = Object.keys(counts[key] || {});
				chosen.forEach(function (value) {
					if (values.indexOf(value) === -1) values.push(value);
				});
				if (values.length === 0) return;
				var fieldset = document.createElement('fieldset');
				var legend = document.createElement('legend');
				legend.textContent = (strings.filters && strings.filters[key]) || key;
				fieldset.append(legend);
				values
					.sort(function (a, b) {
						return a.localeCompare(b, language);
					})
					.forEach(function (value) {
						var label = document.createElement('label');
						var box = document.createElement('input');
						box.type = 'checkbox';
						box.name = key;
						box.value = value;
						box.checked = chosen.indexOf(value) !== -1;
						box.addEventListener('change', function () {
							var next = (filters[key] || []).filter(function (v) {
								return v !== value;
							});
							if (box.checked) next.push(value);
							if (next.length > 0) filters[key] = next;
							else delete filters[key];
							run();
						});
						label.append(box, ' ' + value + ' (' + ((counts[key] || {})[value] || 0) + ')');
						fieldset.append(label);
					});
				filtersBox.append(fieldset);
			});
			filtersSection.hidden = filtersBox.childElementCount === 0;
		}

		function renderResults(results) {
			status.textContent = resultCount(results.length, language, strings);
			list.replaceChildren.apply(
				list,
				results.slice(0, 50).map(function (record) {
					var item = document.createElement('li');
					var link = document.createElement('a');
					link.href = siteRoot + record.url;
					link.textContent = record.title;
					var meta = document.createElement('p');
					meta.className = 'memoria-result-meta';
					// A date that is not one is left out: one entry's bad data never breaks the list for the others.
					var date = record.date ? new Date(record.date) : null;
					var parts = [record.type, date && !isNaN(date.getTime()) ? dateFormat.format(date) : ''];
					if (record.untranslated) parts.push(strings.untranslated);
					if (record.language !== language) parts.push(strings.inLanguage.replace('{{language}}', labelOf(record.language)));
					meta.textContent = parts.filter(Boolean).join(' · ');
					var excerpt = document.createElement('p');
					excerpt.textContent = record.excerpt;
					// The title and excerpt are in the language of the text shown, so screen readers pronounce them right.
					var textLanguage = record.untranslated || record.language;
					if (textLanguage !== language) link.lang = excerpt.lang = textLanguage;
					item.append(link, meta, excerpt);
					return item;
				})
			);
		}

		function remember() {
			var next = new URLSearchParams();
			var query = input.value.trim();
			if (query) next.set('q', query);
			if (allBox && allBox.checked) next.set('all', '1');
			Object.keys(filters).forEach(function (key) {
				filters[key].forEach(function (value) {
					next.append(key, value);
				});
			});
			var text = next.toString();
			try {
				window.history.replaceState(null, '', window.location.pathname + (text ? '?' + text : ''));
			} catch (error) {
				// A browser may refuse to change the address of a page opened from disk: the search still works.
			}
		}

		var runs = 0;
		function run() {
			remember();
			var wanted = allBox && allBox.checked ? Object.keys(indexes) : [language];
			var mine = ++runs;
			var waiting = wanted.some(function (code) {
				return !pending[code];
			});
			if (waiting && !status.textContent) status.textContent = strings.loading;
			return Promise.all(wanted.map(load)).then(function () {
				// A later search (more typing) has started: its results are the ones to show.
				if (mine !== runs) return;
				var query = input.value.trim();
				var hasFilters = Object.keys(filters).length > 0;
				if (!query && !hasFilters) {
					// Nothing asked yet: every filter value, as a way in.
					renderFilters(countFilters(search.all(wanted), filterKeys));
					status.textContent = '';
					list.replaceChildren();
					list.removeAttribute('data-query');
					return;
				}
				var found = (query ? search.search(query, wanted) : search.all(wanted)).filter(function (record) {
					return matchesFilters(record, filters);
				});
				renderFilters(countFilters(found, filterKeys));
				renderResults(found);
				// Which words the list answers: results for the whole query, not for its first letters.
				list.setAttribute('data-query', query);
			});
		}

		form.addEventListener('submit', function (event) {
			event.preventDefault();
			run();
		});
		var typing;
		input.addEventListener('input', function () {
			clearTimeout(typing);
			typing = setTimeout(run, 200);
		});
		if (allBox) allBox.addEventListener('change', run);
		if (clear)
			clear.addEventListener('click', function () {
				filters = {};
				run();
			});
		run();
	}

	return { createSearch: createSearch, matchesFilters: matchesFilters, countFilters: countFilters, normalise: normalise, resultCount: resultCount, start: start };
});
