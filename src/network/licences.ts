/**
 * The address of a well-known content licence's text, from its SPDX identifier, for a site whose
 * `licence` in memoria.config.ts names one without `url`: the footer links to it and the manifest
 * (/memoria.json) states it. Creative Commons and Open Data Commons, the licences open content and
 * open data are published under; any other licence is shown by its identifier alone unless the
 * site gives its address. SPDX identifiers are matched without regard to case, as SPDX says.
 */

/** Creative Commons' licences with attribution, by the part of the identifier after "CC-BY". */
const creativeCommons = /^CC-BY(-NC)?(-SA|-ND)?-(4\.0|3\.0|2\.5|2\.0)$/i;

const others: Record<string, string> = {
	'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
	'odc-by-1.0': 'https://opendatacommons.org/licenses/by/1-0/',
	'odbl-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
	'pddl-1.0': 'https://opendatacommons.org/licenses/pddl/1-0/',
};

/** The address of the licence's text, or undefined for an identifier this table does not know. */
export function knownLicenceUrl(id: string): string | undefined {
	const cc = creativeCommons.exec(id.trim());
	if (cc) return `https://creativecommons.org/licenses/by${(cc[1] ?? '').toLowerCase()}${(cc[2] ?? '').toLowerCase()}/${cc[3]}/`;
	return others[id.trim().toLowerCase()];
}

/** A site's licence with the address of its text: the one given, else the table's, else none. */
export function licenceWithUrl(licence: { id: string; url?: string | undefined } | undefined): { id: string; url?: string } | null {
	if (!licence) return null;
	const url = licence.url ?? knownLicenceUrl(licence.id);
	return url ? { id: licence.id, url } : { id: licence.id };
}
