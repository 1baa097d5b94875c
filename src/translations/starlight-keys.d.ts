/**
 * Memoria's keys as Starlight's typed keys (Starlight's "Extend translation schema": its
 * `StarlightApp.I18n` interface), so `Astro.locals.t('memoria.…')` with a key that no catalogue
 * has is a type error. The keys come from the English catalogue's source (catalogue.ts), not from
 * the types Starlight writes into .astro/ when it syncs, which exist only after a sync and list
 * whatever any language injected. tests/types/translation-keys.ts holds this to account.
 */
declare namespace StarlightApp {
	type MemoriaMessages = Record<import('./catalogue').MessageKey, string>;
	interface I18n extends MemoriaMessages {}
}
