// Astro reads the content collections from here; they are defined in src/model/collections.ts.
export { collections } from 'memoria-ssg/content';
