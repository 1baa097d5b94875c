import { trailOf, type GuideNode, type GuideTree } from '../model/guides/guide-tree';
import { guideLink, type GuideHref, type GuideLink } from './guide-link';

/** Home, then each folder above a guide, then the guide itself: every step a link, the last one the current page. */
export function guideBreadcrumbs(node: GuideNode, tree: GuideTree, href: GuideHref, home: GuideLink): GuideLink[] {
	return [home, ...trailOf(node).map((step) => guideLink(step, tree, href))];
}
