/**
 * A figure published in a source document (../shared/seeds) that the seed data reproduces, with
 * the query through the gateway that returns it. Each subgraph lists its own in `figures.ts`;
 * `docs/FIGURES.md` and the documented-figures test are built from those lists.
 */
export interface DocumentedFigure {
  /** Source document in ../shared/seeds, by number ('000' … '004'). */
  source: string;
  description: string;
  value: number | string;
  unit: string;
  /** A query through the gateway that returns the figure. */
  query: string;
  /** Where the figure is in the response's `data`. */
  path: string;
}
