import fc from 'fast-check';
import { PROTOTYPE_KEYS, hostileValue, withOwnKey } from './hostileValues';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place in a value a mutation can reach: its keys and array items, at any depth. */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...at, index], ...placesIn(item, [...at, index])]);
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...placesIn(item, [...at, key])]);
  return [];
}

function setAt(value: unknown, place: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Json;
  let parent: Json = copy;
  for (const step of place.slice(0, -1)) parent = parent[step as string] as Json;
  parent[place.at(-1) as string] = replacement;
  return copy;
}

function removeAt(value: unknown, place: (string | number)[]): unknown {
  const copy = structuredClone(value) as Json;
  let parent: Json = copy;
  for (const step of place.slice(0, -1)) parent = parent[step as string] as Json;
  if (Array.isArray(parent)) parent.splice(place.at(-1) as number, 1);
  else delete parent[place.at(-1) as string];
  return copy;
}

export type Mutation = (value: unknown) => unknown;

/**
 * One change to a valid payload: a field (at any depth) replaced by a hostile value or removed, or
 * a key added, prototype-reaching ones among them. What the handlers see when only one thing is wrong.
 */
export const mutation = (ids: fc.Arbitrary<string>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.nat(), hostileValue(ids)).map(([n, replacement]): Mutation => (value) => {
      const places = placesIn(value);
      return places.length ? setAt(value, places[n % places.length]!, replacement) : replacement;
    }) },
    { weight: 2, arbitrary: fc.nat().map((n): Mutation => (value) => {
      const places = placesIn(value);
      return places.length ? removeAt(value, places[n % places.length]!) : withOwnKey({}, 'extra', 1);
    }) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'deletedAt', 'createdAt', 'source'), hostileValue(ids)).map(
      ([key, added]): Mutation => (value) => (isObject(value) ? withOwnKey(value, key, added) : withOwnKey({}, key, added)),
    ) },
  );
