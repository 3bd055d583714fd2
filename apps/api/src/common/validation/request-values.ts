import type { FieldErrors } from '../errors/app-error';

/** Deeper than any request this API takes (an import commit is three levels); the parsers after it recurse. */
export const MAX_DEPTH = 32;
/** PostgreSQL's integer: every whole number the API stores or filters on is one. */
export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;

/**
 * Values no field of this API accepts, whatever its type, found before any
 * parser or validator sees them: each once made PostgreSQL or the validators
 * fail with a 500 instead of a 400 naming the field. Walks without recursion,
 * so a body nested 10,000 deep is reported, not a stack overflow.
 */
export function unacceptableValues(value: unknown, root: string): FieldErrors | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { [path]: `${path} must not contain a NUL character (\\u0000)` };
    } else if (typeof current === 'number') {
      if (Number.isInteger(current) && (current > INT4_MAX || current < INT4_MIN)) {
        return { [path]: `${path} must be between ${INT4_MIN} and ${INT4_MAX}` };
      }
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_DEPTH) {
        // The field at the top names it well enough; the full path would be MAX_DEPTH segments long.
        const field = path.split(/[.[]/)[0] || 'body';
        return { [field]: `${field} is nested deeper than ${MAX_DEPTH} levels` };
      }
      for (const [key, child] of Object.entries(current)) {
        const childPath = Array.isArray(current) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        // JSON.parse makes "__proto__" an ordinary key; copied onto an object later, it would replace the prototype.
        if (key === '__proto__') return { [childPath]: 'the key __proto__ is not accepted' };
        if (key.includes('\u0000')) return { [path || 'body']: `${path || 'body'} has a key with a NUL character (\\u0000)` };
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
