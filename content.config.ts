// Astro reads the content collections from here; they are defined in src/schemas/collections.ts.
export { collections } from './src/schemas/collections';
