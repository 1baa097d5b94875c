import { buildFixture } from './support/fixture';

/** Fixtures that several test files read: built once before them, two at a time (two cores). */
const shared = ['bilingual-basics', 'spanish-default', 'sub-path', 'three-languages'];

export default async function setup() {
	for (let i = 0; i < shared.length; i += 2) {
		const builds = await Promise.all(shared.slice(i, i + 2).map((name) => buildFixture(name)));
		for (const build of builds) if (build.status !== 0) throw new Error(`A fixture did not build:\n${build.output}`);
	}
}
