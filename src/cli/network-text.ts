import type { WriterLanguage } from '../errors/writer-language';
import { formatDate, formatList, formatSize } from '../lib/format';
import type { HubIndexed, MemberOutcome } from '../network/pull/pull-member';

/**
 * What `memoria network pull` says, in the writer's language: a line per member as its pull ends
 * (pulled, kept its last copy, removed), how the hub will search its copy, and a summary. The
 * refusals' own words are the error catalogue's (src/errors/catalogue.ts, through pull-problem.ts).
 */

type Problem = { message: string; hint: string };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const seconds = (value: number, language: WriterLanguage) => value.toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const day = (iso: string | undefined, language: WriterLanguage) => (iso ? formatDate(new Date(iso), language) : undefined);

const en = {
	title: (count: number, mirror: string) => `Memoria · network pull: ${plural(count, 'member', 'members')} into ${mirror}/`,
	nobody: 'network.members in memoria.config.ts lists no member: there is nothing to pull.',
	pulled: (o: Extract<MemberOutcome, { status: 'pulled' }>) => {
		const entries = Object.entries(o.entries).map(([language, n]) => `${n} in ${language}`);
		return `✓ ${o.member} (${o.source}): pulled, entries ${formatList(entries, 'en')}; ${formatSize(o.bytes, 'en')} in ${seconds(o.seconds, 'en')} s.`;
	},
	merged: '  Search: merged (its own Pagefind bundle, copied).',
	hubIndexed: (search: HubIndexed) =>
		({
			offline: '  Search: hub-indexed (an offline archive carries no search bundle: the hub indexes the copy itself).',
			'no-bundle': '  Search: hub-indexed (its manifest lists no search bundle: the hub indexes the copy itself).',
			pagefind:
				search.why === 'pagefind'
					? `  ⚠ Search: hub-indexed. Its search bundle was made by Pagefind ${search.member}, and this hub has Pagefind ${search.hub}, which cannot read it: the bundle is not copied, and the hub indexes the copy itself. Both sites on the same Memoria version merge again.`
					: '',
		})[search.why],
	kept: (o: Extract<MemberOutcome, { status: 'kept' }>) =>
		`✗ ${o.member} (${o.source}): ${o.lastPulled ? `kept its last copy, pulled on ${day(o.lastPulled, 'en')}.` : 'not pulled, and there is no earlier copy.'}`,
	removed: (o: Extract<MemberOutcome, { status: 'removed' }>) => {
		const done = o.hadCopy ? 'removed its copy' : 'kept no copy';
		return {
			'copies-not-allowed': `− ${o.member} (${o.source}): ${done}: its manifest says others may not keep copies (copies.allowed: false). Consent is the member's.`,
			leaving: `− ${o.member} (${o.source}): ${done}: its manifest says it is leaving the network (copies.leaving: true). Consent is the member's.`,
			'not-a-member': `− ${o.member}: removed its copy: it is no longer in network.members of memoria.config.ts.`,
		}[o.reason];
	},
	summary: (pulled: number, kept: number, removed: number) =>
		`${plural(pulled, 'member', 'members')} pulled, ${kept} kept ${kept === 1 ? 'its' : 'their'} last copy, ${removed} removed.${kept > 0 ? ' The command exits with 1: a member needs looking at.' : ''}`,
	notPull: (word: string | undefined): Problem => ({
		message: `"memoria network ${word ?? ''}" is not a command: network has one, pull.`,
		hint: 'Run "memoria network pull" to copy every member of the network into the mirror.',
	}),
	unknownMember: (id: string, near: string | undefined, known: readonly string[]): Problem => ({
		message: `"${id}" is not a member of network.members in memoria.config.ts.`,
		hint: `${near ? `Did you mean "${near}"? ` : ''}The members are: ${known.join(', ') || 'none yet'}.`,
	}),
};

const es: typeof en = {
	title: (count, mirror) => `Memoria · descarga de la red: ${plural(count, 'miembro', 'miembros')} en ${mirror}/`,
	nobody: 'network.members en memoria.config.ts no tiene ningún miembro: no hay nada que descargar.',
	pulled: (o) => {
		const entries = Object.entries(o.entries).map(([language, n]) => `${n} en ${language}`);
		return `✓ ${o.member} (${o.source}): descargado, entradas ${formatList(entries, 'es')}; ${formatSize(o.bytes, 'es')} en ${seconds(o.seconds, 'es')} s.`;
	},
	merged: '  Búsqueda: combinada (su propio paquete de Pagefind, copiado).',
	hubIndexed: (search) =>
		({
			offline: '  Búsqueda: indexada por el nodo (una copia sin conexión no trae paquete de búsqueda: el nodo indexa la copia por su cuenta).',
			'no-bundle': '  Búsqueda: indexada por el nodo (su manifiesto no presenta paquete de búsqueda: el nodo indexa la copia por su cuenta).',
			pagefind:
				search.why === 'pagefind'
					? `  ⚠ Búsqueda: indexada por el nodo. Su paquete de búsqueda lo hizo Pagefind ${search.member}, y este nodo tiene Pagefind ${search.hub}, que no puede leerlo: el paquete no se copia y el nodo indexa la copia por su cuenta. Con la misma versión de Memoria en los dos sitios se vuelven a combinar.`
					: '',
		})[search.why],
	kept: (o) =>
		`✗ ${o.member} (${o.source}): ${o.lastPulled ? `se conserva su última copia, descargada el ${day(o.lastPulled, 'es')}.` : 'no se descargó, y no hay una copia anterior.'}`,
	removed: (o) => {
		const done = o.hadCopy ? 'se borró su copia' : 'no se guardó ninguna copia';
		return {
			'copies-not-allowed': `− ${o.member} (${o.source}): ${done}: su manifiesto dice que otros no pueden guardar copias (copies.allowed: false). El consentimiento es del miembro.`,
			leaving: `− ${o.member} (${o.source}): ${done}: su manifiesto dice que deja la red (copies.leaving: true). El consentimiento es del miembro.`,
			'not-a-member': `− ${o.member}: se borró su copia: ya no está en network.members de memoria.config.ts.`,
		}[o.reason];
	},
	summary: (pulled, kept, removed) =>
		`${plural(pulled, 'miembro descargado', 'miembros descargados')}, ${kept} ${kept === 1 ? 'conserva su' : 'conservan su'} última copia, ${plural(removed, 'quitado', 'quitados')} de la carpeta de copias.${kept > 0 ? ' El comando sale con 1: hay un miembro que revisar.' : ''}`,
	notPull: (word) => ({
		message: `"memoria network ${word ?? ''}" no es un comando: network tiene uno, pull.`,
		hint: 'Ejecuta "memoria network pull" para copiar a todos los miembros de la red en la carpeta de copias.',
	}),
	unknownMember: (id, near, known) => ({
		message: `"${id}" no es un miembro de network.members en memoria.config.ts.`,
		hint: `${near ? `¿Quisiste poner "${near}"? ` : ''}Los miembros son: ${known.join(', ') || 'ninguno todavía'}.`,
	}),
};

export const networkText: Record<WriterLanguage, typeof en> = { en, es };

/** The lines of one member's outcome: what happened, then how its copy is searched, or why it failed and what to do. */
export function outcomeLines(outcome: MemberOutcome, language: WriterLanguage): string[] {
	const text = networkText[language];
	switch (outcome.status) {
		case 'pulled':
			return [text.pulled(outcome), outcome.search === 'merged' ? text.merged : text.hubIndexed(outcome.search)];
		case 'kept':
			return [text.kept(outcome), `  ${outcome.message[language]}`, `  ${outcome.hint[language]}`];
		case 'removed':
			return [text.removed(outcome)];
	}
}
