// Every page is prerendered: the first view comes from the build, DuckDB-WASM takes over for interaction.
export const prerender = true;
export const trailingSlash = 'never';
