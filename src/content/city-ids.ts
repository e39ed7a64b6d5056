/**
 * The five ids of the public URL contract (`?city=`). Kept apart from the
 * schema so that code shipped to readers can use them without the validator.
 */
export const CITY_IDS = ['chicago', 'los-angeles', 'dallas', 'new-york-city', 'atlanta'] as const;
export type CityId = (typeof CITY_IDS)[number];
