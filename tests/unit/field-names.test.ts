import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { nearestField, schemaFields } from '../../src/checks/field-names';
import { assessmentSchema } from '../../src/schemas/assessment';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { outcomeSchema } from '../../src/schemas/outcome';
import { postSchema } from '../../src/schemas/post';
import { projectSchema } from '../../src/schemas/project';

const learningFields = schemaFields(learningSchema());

describe('nearestField: the known field a misspelt name was meant to be', () => {
	it.each([
		['Visibility', 'visibility'],
		['VISIBILITY', 'visibility'],
		['visiblity', 'visibility'],
		['visibilty', 'visibility'],
		['retain_until', 'retainUntil'],
		['retain-until', 'retainUntil'],
		['retainuntil', 'retainUntil'],
		['reviewby', 'reviewBy'],
		['review_by', 'reviewBy'],
		['titel', 'title'],
		['Title', 'title'],
		['consnt', 'consent'],
		['author', 'authors'],
	])('finds that "%s" means "%s"', (name, field) => {
		expect(nearestField(name, learningFields)).toBe(field);
	});

	it.each(['sidebar_position', 'layout', 'tags', 'weight', 'description', 'hidden', 'image'])('finds nothing for the unrelated name "%s"', (name) => {
		expect(nearestField(name, learningFields)).toBeUndefined();
	});

	it('finds nothing when no field is known', () => {
		expect(nearestField('visibility', [])).toBeUndefined();
	});
});

describe("schemaFields: the fields of Memoria's schemas", () => {
	it("lists a learning's fields, the ones that decide publication included", () => {
		expect(learningFields).toEqual(expect.arrayContaining(['title', 'visibility', 'consent', 'retainUntil', 'reviewBy', 'lesson', 'project']));
	});

	it.each([
		['an assessment', assessmentSchema()],
		['a call', callSchema()],
		['an outcome', outcomeSchema()],
		['a post', postSchema()],
		['a project', projectSchema()],
		['an organisation', organisationSchema()],
	])('lists visibility among the fields of %s', (_, schema) => {
		expect(schemaFields(schema as z.ZodType)).toContain('visibility');
	});

	it.each([
		['made optional', learningSchema().optional()],
		['given a default', learningSchema().default({} as never)],
		['transformed', learningSchema().transform((entry) => entry)],
		['refined', learningSchema().superRefine(() => {})],
	])('sees through a schema that was %s', (_, schema) => {
		expect(schemaFields(schema as z.ZodType)).toEqual(learningFields);
	});

	it('lists nothing for a schema that is not an object', () => {
		expect(schemaFields(z.string())).toEqual([]);
	});
});
