// @ts-check
import { defineConfig } from 'astro/config';
import memoria from './src/integration.ts';
import site from './memoria.config.ts';

export default defineConfig(memoria(site));
