import { defineMemoriaConfig } from 'memoria-ssg/config';

/** The demo organisation's settings. Every field is described in README.md, "Configure the site". */
export default defineMemoriaConfig({
	organisation: 'Colectivo Brújula',
	description: {
		en: 'What a Latin American civic-technology collective has learned from its projects, partners and community calls.',
		es: 'Lo que un colectivo latinoamericano de tecnología cívica ha aprendido de sus proyectos, aliadas y llamadas comunitarias.',
	},
	languages: ['en', 'es'],
	defaultLanguage: 'en',
	site: 'https://memoria.example.org',
	repository: { url: 'https://github.com/colectivo-brujula/memoria', branch: 'main' },
	country: 'MX',
	// What others may do with this memory: republish it with attribution, and keep copies of it
	// in a learning network's hub (content/docs/guides/learning-networks.md).
	licence: { id: 'CC-BY-4.0' },
	network: { copies: true },
});
