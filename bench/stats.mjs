// Median, min and max of a metric over runs; null values (a milestone that
// never came) are counted apart rather than dropped silently.
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function describe(values) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return {
    n: present.length,
    missing: values.length - present.length,
    median: median(present),
    min: present.length ? Math.min(...present) : null,
    max: present.length ? Math.max(...present) : null,
  };
}
