// Stands in for `virtual:memoria/config` in unit tests: a two-language site, English first.
import { parseSiteConfig } from '../../../src/integration';

export default parseSiteConfig({ organisation: 'Test Org', languages: ['en', 'es'], defaultLanguage: 'en', site: 'https://test.example.org' });

export const projectRoot = process.cwd();
export const audience = 'public';
export const showsDrafts = false;
export const hubPagefind = '';
