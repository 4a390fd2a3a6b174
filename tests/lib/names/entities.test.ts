import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';

const engine = createEngine();

describe('the name finder in the analysis', () => {
  test('Serbian: known names link in any case, others become entities with all their forms', () => {
    const text =
      'Viši sud u Novom Sadu odbacio je optužnicu protiv bivšeg ministra Gorana Vesića i direktora Gorana Tasića. Odluku je pozdravio predsednik Aleksandar Vučić.\n\n' +
      'Tasić je rekao da je zadovoljan. Sastanak Gorana Tasića sa Petrom Petkovićem održan je u Kninu.';
    const a = analyzeArticle({ title: null, text, lang: 'sr' }, engine);
    expect(a.language?.code).toBe('sr-Latn');
    const ids = a.entities.map((e) => e.id);
    // Inflected, every word: "Gorana Vesića", "Petrom Petkovićem", "u Kninu", "u Novom Sadu".
    expect(ids).toEqual(
      expect.arrayContaining(['aleksandar-vucic', 'higher-court-in-novi-sad', 'petar-petkovic', 'goran-vesic', 'knin']),
    );
    const tasic = a.entities.find((e) => e.name === 'Goran Tasić');
    expect(tasic).toMatchObject({ id: null, type: 'person', count: 3 });
    expect(tasic!.surfaces).toEqual(['Gorana Tasića', 'Tasić']);
    for (const m of tasic!.mentions) expect(text.slice(m.start, m.end)).toMatch(/^Tasić|^Gorana Tasića/);
  });

  test('a surname in -a: the form the article writes wins over a genitive reading, and two surnames join the full name', () => {
    const text =
      'Bivši načelnik Stipe Petrina stigao je na sud u pratnji policije. Odvjetnici Petrine traže odgodu.\n\n' +
      'Vijećnik Andre Krstulovića Opare rekao je da je proračun kasnio. Sa Krstulovićem Oparom razgovarali su jučer.';
    const a = analyzeArticle({ title: null, text, lang: 'hr' }, engine);
    const names = a.entities.filter((e) => e.id === null && e.type === 'person').map((e) => e.name);
    expect(names).toContain('Stipe Petrina');
    expect(names).toContain('Andro Krstulović Opara');
    expect(names).not.toContain('Stipe Petrin');
    expect(names).not.toContain('Krstulović Opar');
  });

  test('a known court in the genitive, every word inflected, and its short form later: one entity', () => {
    const text =
      'Tužilaštvo je uložilo žalbu na rešenje Višeg suda u Novom Sadu kojim je odbačena optužnica.\n\n' +
      'Prema tužilaštvu, veće Višeg suda u rešenju je pogrešno utvrdilo činjenično stanje.';
    const a = analyzeArticle({ title: null, text }, engine);
    expect(a.entities.map((e) => e.id)).toContain('higher-court-in-novi-sad');
    expect(a.entities.filter((e) => e.id === null).map((e) => e.name)).toEqual([]);
  });

  test('Albanian: a person and a party outside the knowledge base', () => {
    const text =
      'Kryetari i Komunës së Gjakovës Arben Gjoka tha se Aleanca për Ardhmërinë e Kosovës do të marrë pjesë. Gjoka foli në Prishtinë.';
    const a = analyzeArticle({ title: null, text }, engine);
    expect(a.language?.code).toBe('sq');
    expect(a.entities.find((e) => e.name === 'Arben Gjoka')).toMatchObject({ id: null, type: 'person', count: 2 });
    expect(a.entities.map((e) => e.id)).toContain('pristina');
  });

  test('a domestic story: the bare "Vlada" and "Sabor" are the institutions of the country its towns are in', () => {
    const croatian =
      'Vlada je u četvrtak u Kninu predstavila plan za nove ročnike.\n\nMinistar obrane Ivan Anušić rekao je da će prvi ročnici stići u vojarne u Kninu, Slunju i Požegi, a Sabor će o zakonu raspravljati idući tjedan.';
    const a = analyzeArticle({ title: null, text: croatian }, engine);
    expect(a.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['government-of-croatia', 'croatian-parliament']),
    );
    // Croatian is Croatia's language: with no town named, the bare words are still its institutions'.
    const bare = analyzeArticle(
      { title: null, text: 'Vlada je u četvrtak predstavila plan, a Sabor će o zakonu raspravljati idući tjedan.' },
      engine,
    );
    expect(bare.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['government-of-croatia']));
    // The same words in a story from Serbian towns are Serbia's; with no state on the page, nothing.
    const serbian =
      'Vlada je u četvrtak u Kragujevcu i Čačku predstavila plan za nove ročnike, a Skupština će o zakonu raspravljati idući tjedan.';
    const ids = analyzeArticle({ title: null, text: serbian }, engine).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['government-of-serbia', 'national-assembly-of-serbia']));
    expect(ids).not.toContain('government-of-croatia');
    const nowhere = analyzeArticle(
      {
        title: null,
        text: 'Vlada je u četvrtak predstavila plan, a Skupština će o zakonu raspravljati sledeće nedelje.',
      },
      engine,
    );
    expect(nowhere.entities.filter((e) => e.id?.startsWith('government-'))).toEqual([]);
  });

  test('English text is left to compromise: no region names without NLP', () => {
    const a = analyzeArticle(
      { title: null, text: 'Minister Goran Vesic visited Knin on Monday with his staff.' },
      engine,
    );
    expect(a.language?.code).toBe('en');
    expect(a.entities.filter((e) => !e.id)).toEqual([]);
  });
});

test('a body named only by common words is left out; a party of common words is kept', () => {
  const text =
    'Strateško vijeće predložilo je reformu o kojoj će odlučivati Vlada.\n\nPredsjednik Građanske liste Marko Horvat rekao je da Gradska uprava kasni s proračunom.';
  const names = analyzeArticle({ title: null, text }, engine)
    .entities.filter((e) => e.id === null)
    .map((e) => e.name);
  expect(names).not.toContain('Strateško vijeće');
  expect(names).not.toContain('Gradska uprava');
  expect(names).toContain('Građanska lista');
});

describe('surnames and acronyms', () => {
  test('a surname ending like a possessive, which the text comes back to three times, is a name', () => {
    const text =
      'Varuh človekovih pravic je predstavil letno poročilo. Po mnenju Svetine je stanje v zaporih nedopustno.\n\n' +
      'Svetina je opozoril na pravice invalidov. Svetina bo poročilo v četrtek predal predsedniku republike.';
    const a = analyzeArticle({ title: null, text, lang: 'sl' }, engine);
    expect(a.entities.find((e) => e.name === 'Svetina')?.surfaces).toEqual(['Svetine', 'Svetina']);
  });

  test('acronyms before a person are not the person: "poslanici GP URA Suadi Zoronjić"', () => {
    const text =
      'Sjednica je odložena zbog potvrđivanja mandata novoj poslanici GP URA Suadi Zoronjić. Zoronjić je Skupština potvrdila mandat, a ona je zahvalila kolegama.';
    const a = analyzeArticle({ title: null, text, lang: 'cnr' }, engine);
    const person = a.entities.find((e) => e.name === 'Suada Zoronjić');
    expect(person).toMatchObject({ type: 'person' });
    expect(person!.surfaces).toContain('Suadi Zoronjić');
  });

  test('a place after a preposition and lower-case words after it are no body ("u Banjoj Luci entitetsko tužilaštvo")', () => {
    const a = analyzeArticle(
      {
        title: null,
        text: 'Tužilaštvo BiH je preuzelo predmet u Sarajevu. Istovremeno, u Banjoj Luci entitetsko tužilaštvo otvorilo je istragu o istom slučaju.',
        lang: 'sr',
      },
      engine,
    );
    expect(a.entities.map((e) => e.name).some((n) => /entitetsko/.test(n))).toBe(false);
    expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['banja-luka', 'sarajevo']));
  });
});

describe('a known body inside a larger one', () => {
  test('a municipality’s council is an entity of its own beside the known municipality', () => {
    const text =
      'Денеска се одржа седница на Советот на Општина Тетово. Советниците на Општина Тетово гласаа за буџетот.';
    const a = analyzeArticle({ title: null, text, lang: 'mk' }, engine);
    expect(a.entities.map((e) => e.name)).toContain('Советот на Општина Тетово');
    expect(a.entities.map((e) => e.id)).toContain('municipality-of-tetovo');
  });
});

test('a known acronym that opens a longer name leaves that name its own entity', () => {
  const text =
    'Регулаторната комисија ги одобри цените, а ЕВН Хоум ќе ги примени од јануари. ЕВН Македонија објави нов ценовник.';
  const a = analyzeArticle({ title: null, text, lang: 'mk' }, engine);
  expect(a.entities.map((e) => e.name)).toContain('ЕВН Хоум');
});

test('a known county’s assembly written with its head in lower case is a body of its own', () => {
  const text =
    'Konstituirana je skupština Splitsko-dalmatinske županije, a za predsjednika izabran je Petroslav Sapunar. Sjednici skupštine Splitsko-dalmatinske županije prisustvovao je i župan.';
  const a = analyzeArticle({ title: null, text, lang: 'hr' }, engine);
  expect(a.entities.map((e) => e.name)).toContain('Skupština Splitsko-dalmatinske županije');
  expect(a.entities.map((e) => e.id)).toContain('split-dalmatia-county');
});
