import { config, hubPagefind, locales, projectRoot, urls } from '../site/site';
import { readMirror } from './mirror';
import { buildNetwork, type Network } from './network';

let network: Network | undefined;

/** The hub's network of this build, read from the mirror on first use, then shared by every page. */
export function getNetwork(): Network {
	network ??= buildNetwork(readMirror(projectRoot, config, hubPagefind), config.organisation, locales, urls);
	return network;
}
