/**
 * What `memoria new` and `memoria translate` leave in a file for a writer to replace, declared once
 * for the templates, the translation command and the check that finds what is left
 * (src/checks/template-placeholders.ts).
 */

/** The mark `memoria translate` puts before every text still to translate. */
export const translateMark = '[TRANSLATE] ';

/**
 * A template's placeholder: a whole value in square brackets, "[What was decided]". Every text
 * field of `memoria new`'s templates that a writer must fill is written this way; YAML reads
 * `[a, b]` without quotes as a list, so a string like this is always a placeholder left as it was.
 */
export const isTemplatePlaceholder = (text: string): boolean => /^\[[^\][]+\]$/.test(text.trim());
