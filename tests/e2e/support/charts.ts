/** The demo's charts: where each is, with the start of its accessible name per language (tests/static/charts.test.ts, tests/e2e/print-and-charts.e2e.ts). */
import { urls, type Language, type SiteMap } from './site';

export interface ChartPlace {
	where: string;
	path: Record<Language, string>;
	selector: string;
	name: Record<Language, string>;
	/** Whether its data is a table behind a disclosure (the bar charts) rather than a list beside it (the timeline). */
	table: boolean;
}

export const charts = (site: SiteMap): ChartPlace[] => {
	const project = site.projectWithLearnings;
	return [
		{
			where: 'the themes index',
			path: { en: '/themes/', es: '/es/temas/' },
			selector: '#learnings-by-theme',
			name: { en: 'Learnings per theme and year', es: 'Aprendizajes por tema y año' },
			table: true,
		},
		{
			where: 'the projects listing',
			path: { en: urls.listing('projects', 'en'), es: urls.listing('projects', 'es') },
			selector: '#assumptions-by-project',
			name: { en: 'Assumptions by project and status', es: 'Supuestos por proyecto y estado' },
			table: true,
		},
		{
			where: 'a project page',
			path: { en: project ? project.paths.en : '/projects/', es: project ? project.paths.es : '/es/proyectos/' },
			selector: '#timeline-chart',
			name: { en: 'Timeline of ', es: 'Cronología de ' },
			table: false,
		},
	];
};

/** The label of the disclosure that holds a bar chart's data table. */
export const dataToggle: Record<Language, string> = { en: 'Data behind this chart', es: 'Datos del gráfico' };
