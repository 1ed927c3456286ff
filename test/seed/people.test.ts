import assert from 'node:assert/strict';
import { loadMunicipalities } from '../../db/seed/reference/municipalities';
import { asciiSlug, createRng, fictitiousPerson } from '../../scripts/seed/demo-data/people';
import { FIRST_NAMES, SURNAMES } from '../../scripts/seed/demo-data/swedish-names';

// Local part and host labels: lowercase ASCII letters/digits, hyphens inside, ending in .example.
const EXAMPLE_EMAIL = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*\.example$/;

describe('demo data: fictitiousPerson', () => {
  const municipalities = loadMunicipalities();
  const people = (seed: number) => {
    const rng = createRng(seed);
    return municipalities.map((m) => fictitiousPerson(rng, m));
  };

  it('gives every person an ASCII address under the reserved .example TLD', () => {
    for (const person of people(2024)) {
      assert.match(person.email, EXAMPLE_EMAIL);
      assert.ok(person.email.endsWith('.example'));
    }
  });

  it('uses a phone number from the PTS range for fiction, 070-174 06 05 … 99', () => {
    for (const { phone } of people(2024)) {
      assert.match(phone, /^070-174 06 \d\d$/);
      const last = Number(phone.slice(-2));
      assert.ok(last >= 5 && last <= 99, phone);
    }
  });

  it('builds name, title and e-mail from the lists and the municipality', () => {
    const titles = new Set<string>();
    people(2024).forEach((person, i) => {
      const [first, surname] = person.name.split(' ') as [string, string];
      assert.ok(FIRST_NAMES.includes(first) && SURNAMES.includes(surname), person.name);
      assert.equal(person.email, `${asciiSlug(first)}.${asciiSlug(surname)}@${asciiSlug(municipalities[i]!.name)}.example`);
      titles.add(person.title);
    });
    assert.ok(titles.has('Äldreomsorgschef'));
    assert.ok(titles.size >= 3, 'the other titles occur too');
  });

  it('is deterministic for a seed and varies with it', () => {
    assert.deepEqual(people(1), people(1));
    assert.notDeepEqual(people(1), people(2));
  });

  it('has about 60 first names and 60 surnames without duplicates', () => {
    assert.equal(new Set(FIRST_NAMES).size, FIRST_NAMES.length);
    assert.equal(new Set(SURNAMES).size, SURNAMES.length);
    assert.ok(FIRST_NAMES.length >= 55 && SURNAMES.length >= 55);
  });
});

describe('demo data: asciiSlug', () => {
  it('folds Swedish letters, spaces and case to a host-name label', () => {
    assert.equal(asciiSlug('Upplands Väsby'), 'upplands-vasby');
    assert.equal(asciiSlug('Malung-Sälen'), 'malung-salen');
    assert.equal(asciiSlug('Örnsköldsvik'), 'ornskoldsvik');
    assert.equal(asciiSlug('Åsa'), 'asa');
    assert.equal(asciiSlug('Håbo'), 'habo');
  });

  it('makes a valid, unique label for every municipality except Håbo/Habo', () => {
    const slugs = loadMunicipalities().map((m) => asciiSlug(m.name));
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(new Set(slugs).size, 289);
  });
});

describe('demo data: createRng', () => {
  it('gives the same floats in [0, 1) for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      assert.equal(x, b());
      assert.ok(x >= 0 && x < 1);
    }
  });

  it('matches mulberry32: first output for seed 1', () => {
    // Computed independently with a Python transcription of the mulberry32 algorithm.
    assert.equal(createRng(1)(), 0.6270739405881613);
  });
});
