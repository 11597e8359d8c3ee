/** A plain JSON object (not null, not an array): kept alone so small checkers need no geometry code. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
