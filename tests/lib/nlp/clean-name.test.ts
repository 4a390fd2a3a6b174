import { describe, expect, test } from 'vitest';
import { cleanName } from '@/lib/nlp/clean-name';

const person = (text: string) => cleanName({ text, start: 0, end: text.length } as never, 'person', 'de')?.name;

describe('a person’s name without the role in front of it', () => {
  test.each([
    ['Stellvertreterin Anita Dimovska', 'Anita Dimovska'],
    ['Staatssekretär Ivan Horvat', 'Ivan Horvat'],
    ['Bürgermeisterin Ana Petrović', 'Ana Petrović'],
    ['Ministerin Marta Kos', 'Marta Kos'],
  ])('%s', (raw, name) => {
    expect(person(raw)).toBe(name);
  });
});
