/**
 * Starlight's `<StarlightPage>`, which renders every Memoria page that is not a guide, builds the
 * whole docs frontmatter schema again for each page before it checks the page's props: about a
 * millisecond of schema construction per page, plus the garbage, or 5 s of a build with 4,700
 * pages (measured in a CPU profile of the benchmark, issue 7).
 *
 * The schema `<StarlightPage>` asks for is always the same: its `image()` helper is the same
 * `z.custom()` check every time. So that one is built once. Astro's content layer calls the same
 * function for each guide with an `image()` that resolves paths relative to that guide's file;
 * those calls are passed through untouched.
 */
type SchemaContext = { image: () => unknown };

/** True when `image()` comes from `<StarlightPage>`: it returns a plain `z.custom()` check. */
function isStarlightPageContext(context: SchemaContext): boolean {
	const schema = context.image() as { _zod?: { def?: { type?: string } } } | undefined;
	return schema?._zod?.def?.type === 'custom';
}

export function builtOnceForStarlightPage<Context extends SchemaContext, Schema>(build: (context: Context) => Schema): (context: Context) => Schema {
	let forStarlightPage: Schema | undefined;
	return (context) => {
		if (!isStarlightPageContext(context)) return build(context);
		forStarlightPage ??= build(context);
		return forStarlightPage;
	};
}
