import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { buildContentGraph, ContentGraphError, type ContentGraph, type RawCollections } from './content-graph';
import { locales } from '../site/site';
import { sections } from './sections';
import { writerLanguage } from '../errors/writer-language';

let memory: Promise<ContentGraph> | undefined;

async function loadMemory(): Promise<ContentGraph> {
	// Every section of the registry, and the themes; read at once.
	const raw = (entries: { id: string; filePath?: string; data: unknown }[]) =>
		entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, source: e }));
	const loaded = await Promise.all([...sections, 'themes' as const].map(async (name) => [name, raw(await getCollection(name))] as const));
	try {
		return buildContentGraph(Object.fromEntries(loaded) as RawCollections, locales);
	} catch (error) {
		if (!(error instanceof ContentGraphError)) throw error;
		const es = writerLanguage() === 'es';
		throw new AstroError(
			(es ? `Hay ${error.problems.length} problema(s) en el contenido:\n` : `The content has ${error.problems.length} problem(s):\n`) + error.message,
			es ? 'Corrige cada archivo indicado y vuelve a construir el sitio.' : 'Fix each file named above and build again.'
		);
	}
}

/** The content graph of this build, loaded and checked on first use, then shared by every page. */
export function getMemory(): Promise<ContentGraph> {
	memory ??= loadMemory();
	return memory;
}
