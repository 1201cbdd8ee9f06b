import type { Json } from './output/shape.js';

// A small subset of JMESPath for `--query`, enough for the common tutorial forms:
// `Arn`, `User.UserName`, `AccessKeyMetadata[0].AccessKeyId`, `AccessKeyMetadata[*].Status`,
// `Users[].UserName`. Anything else is refused instead of being half-evaluated.

type Step = { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'project' } | { kind: 'flatten' };

export class QueryError extends Error {}

const STEP = /^(?:\.?([A-Za-z_][A-Za-z0-9_]*)|\.?"([^"]*)"|\[(-?\d+)\]|\[\*\]|\[\])/;

export function compileQuery(expression: string): Step[] {
  const steps: Step[] = [];
  let rest = expression.trim();
  if (rest === '' || rest.startsWith('.'))
    throw new QueryError(
      `Bad value for --query ${expression}: iamtutor understands forms like Arn, User.UserName, Keys[0].Id and Keys[*].Id`,
    );
  while (rest !== '') {
    const m = STEP.exec(rest);
    if (!m)
      throw new QueryError(
        `Bad value for --query ${expression}: iamtutor understands forms like Arn, User.UserName, Keys[0].Id and Keys[*].Id`,
      );
    if (m[1] !== undefined || m[2] !== undefined) steps.push({ kind: 'field', name: m[1] ?? m[2] });
    else if (m[3] !== undefined) steps.push({ kind: 'index', index: Number(m[3]) });
    else steps.push({ kind: m[0] === '[*]' ? 'project' : 'flatten' });
    rest = rest.slice(m[0].length);
  }
  return steps;
}

function evaluate(steps: Step[], value: Json): Json {
  if (steps.length === 0) return value;
  const [step, ...rest] = steps;
  if (step.kind === 'field') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    return evaluate(rest, value[step.name] ?? null);
  }
  if (!Array.isArray(value)) return null;
  if (step.kind === 'index') {
    const item = value[step.index < 0 ? value.length + step.index : step.index];
    return evaluate(rest, item ?? null);
  }
  // A projection applies the following steps to every element and drops the nulls — up to the
  // next `[]`, which flattens the projected list as a whole and starts a new projection.
  const items = step.kind === 'flatten' ? value.flatMap((v) => (Array.isArray(v) ? v : [v])) : value;
  const stop = rest.findIndex((s) => s.kind === 'flatten');
  const inner = stop < 0 ? rest : rest.slice(0, stop);
  const projected = items.map((v) => evaluate(inner, v)).filter((v) => v !== null);
  return stop < 0 ? projected : evaluate(rest.slice(stop), projected);
}

export function applyQuery(expression: string, data: Json): Json {
  return evaluate(compileQuery(expression), data);
}
