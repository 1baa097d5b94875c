// @ts-check
import { defineConfig } from 'astro/config';
import memoria from 'memoria-ssg';
import site from './memoria.config.ts';

export default defineConfig(memoria(site));
