import type { CityId } from './schema';

/** A city of an edition (full or core) by its id; an unknown id is a bug, so it throws. */
export function cityById<C extends { id: CityId }>(
  content: { cities: readonly C[] },
  id: CityId,
): C {
  const city = content.cities.find((c) => c.id === id);
  if (!city) throw new Error(`Unknown city id: ${id}`);
  return city;
}
