/**
 * A healthy site builds without a single warning: a warning printed on every build teaches
 * writers to ignore warnings. Read from the builds the global setup made of the shared fixtures
 * (tests/support/shared-sites.ts), which between them leave out whole collections, have no
 * interface text of their own (content/i18n/), and have no `site` (spanish-default): each once
 * printed a warning of Astro's or Starlight's about it.
 */
import { describe, expect, it } from 'vitest';
import { builtFixture } from './support/fixture';
import { warningLines } from './support/warnings';

describe('a healthy site', () => {
	it.each(['bilingual-basics', 'spanish-default', 'sub-path', 'three-languages'])('%s builds without printing a warning', (name) => {
		const { output } = builtFixture(name);

		expect(output).toContain('Complete!');
		expect(warningLines(output)).toEqual([]);
	});
});
