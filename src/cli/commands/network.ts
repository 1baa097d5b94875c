import { relative, resolve } from 'node:path';
import { loadSiteConfig } from '../../config/parse-site-config';
import { closestId } from '../../lib/closest-id';
import { pullNetwork } from '../../network/pull/pull-network';
import { UsageProblem } from '../cli-problem';
import type { Command } from '../command';
import { networkText, outcomeLines } from '../network-text';

/**
 * `memoria network pull [--member <id>]`: the hub's one step that uses the network (`build`
 * never does). Copies every member of `network.members` into the mirror, as
 * src/network/pull/pull-network.ts describes, and reports each member on stderr as it ends.
 * Exits with 1 when a member's pull failed (its last good copy is kept), so a scheduled CI job
 * shows it; with 0 when every member was pulled, or removed because it withdrew its consent or
 * left network.members.
 */
export const network: Command = async (line, { terminal, language, root }) => {
	const text = networkText[language];
	if (line.positionals[0] !== 'pull') throw new UsageProblem(text.notPull(line.positionals[0]));
	const config = await loadSiteConfig(root);
	const ids = config.network.members.map((member) => member.id);
	const only = typeof line.values.member === 'string' ? line.values.member : undefined;
	if (only !== undefined && !ids.includes(only)) throw new UsageProblem(text.unknownMember(only, closestId(only, ids), ids));
	const say = (lines: string | string[]) => terminal.errors.write(`${[lines].flat().join('\n')}\n`);

	const members = only === undefined ? ids.length : 1;
	say(text.title(members, relative(root, resolve(root, config.network.mirror)) || '.'));
	if (members === 0) say(text.nobody);
	const { outcomes } = await pullNetwork({
		root,
		network: config.network,
		language,
		only,
		onOutcome: (outcome) => say(outcomeLines(outcome, language)),
	});
	const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
	say(text.summary(count('pulled'), count('kept'), count('removed')));
	return count('kept') > 0 ? 1 : 0;
};
