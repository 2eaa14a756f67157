/**
 * Reads the JSON paths the subgraphs' DOCUMENTED_FIGURES give, in each of their dialects: an
 * optional leading `data.`, `a.b[0].c`, `list[*].key` (every element), `list[key=value]`,
 * `list[key="value"]` and `list[?(@.key=='value')]` (the first element whose field equals).
 */
const STEP = /[^.[\]]+|\[\d+\]|\[\*\]|\[\?\(@\.\w+=='[^']*'\)\]|\[\w+="?[^\]"]*"?\]/g;

export function readPath(data: unknown, path: string): unknown {
  const steps = path.replace(/^data\./, '').match(STEP) ?? [];
  return steps.reduce<unknown>((current, step) => apply(current, step), data);
}

function apply(current: unknown, step: string): unknown {
  if (Array.isArray(current) && !step.startsWith('[')) return current.map((item) => apply(item, step));
  if (current === null || current === undefined) return undefined;
  if (step === '[*]') return current;
  const index = /^\[(\d+)\]$/.exec(step);
  if (index) return (current as unknown[])[Number(index[1])];
  const select = /^\[\?\(@\.(\w+)=='([^']*)'\)\]$/.exec(step) ?? /^\[(\w+)="?([^\]"]*)"?\]$/.exec(step);
  if (select) return (current as Record<string, unknown>[]).find((item) => String(item[select[1]]) === select[2]);
  return (current as Record<string, unknown>)[step];
}
