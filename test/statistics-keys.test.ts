import { readFileSync } from 'node:fs';
import { buildASTSchema, isEnumType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dimensionField } from '../platform/query/statistics.js';

/**
 * Grouped statistics rows carry their group as `keys`, one field per dimension, and every subgraph
 * fills them through `dimensionField` (no per-domain name tables). The schema is the truth: each
 * `<X>Dimension` enum value must have its `<X>StatisticsKeys` field, and no field may be left over.
 */
const schema = buildASTSchema(parse(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8')), {
  assumeValidSDL: true,
});

describe('statistics keys', () => {
  const pairs = Object.values(schema.getTypeMap()).flatMap((type) => {
    if (!isEnumType(type) || !type.name.endsWith('Dimension')) return [];
    const keys = schema.getType(`${type.name.slice(0, -'Dimension'.length)}StatisticsKeys`);
    return isObjectType(keys) ? [{ dimension: type, keys }] : [];
  });

  it('every Dimension enum of the supergraph has its StatisticsKeys type', () => {
    const dimensions = Object.values(schema.getTypeMap()).filter(
      (type) => isEnumType(type) && type.name.endsWith('Dimension'),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(9);
    expect(pairs.map((pair) => pair.dimension.name).sort()).toEqual(dimensions.map((type) => type.name).sort());
  });

  it("dimensionField names exactly the keys type's fields, for every dimension of every subgraph", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(9);
    for (const { dimension, keys } of pairs) {
      const expected = Object.keys(keys.getFields()).sort();
      const derived = dimension
        .getValues()
        .map((value) => dimensionField(value.name))
        .sort();
      expect(derived, `${dimension.name} → ${keys.name}`).toEqual(expected);
    }
  });
});
