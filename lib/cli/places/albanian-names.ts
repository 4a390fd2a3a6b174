/**
 * Albanian names of towns in Montenegro, North Macedonia and Serbia with Albanian communities, which the
 * Albanian-language press uses and GeoNames lacks (Kosovo's pairs are in kosovo-names.ts). Slavic name
 * first, as GeoNames has it; the Albanian in its indefinite form (the definite, Ulqini, Dibra, is a case
 * ending the gazetteer reads). A name that is an everyday word elsewhere needs context: "manastir" is a
 * monastery in Serbian and Macedonian.
 */
export const ALBANIAN_NAMES: ReadonlyMap<string, { sq: string; needsContext?: true }> = new Map([
  ['Ulcinj', { sq: 'Ulqin' }],
  ['Plav', { sq: 'Plavë' }],
  ['Bar', { sq: 'Tivar' }],
  ['Rožaje', { sq: 'Rozhajë' }],
  ['Kotor', { sq: 'Kotorr' }],
  ['Kičevo', { sq: 'Kërçovë' }],
  ['Debar', { sq: 'Dibër' }],
  ['Bitola', { sq: 'Manastir', needsContext: true }],
  ['Resen', { sq: 'Resnjë' }],
  ['Tearce', { sq: 'Tearcë' }],
  ['Bogovinje', { sq: 'Bogovinë' }],
  ['Vrapčište', { sq: 'Vrapçisht' }],
  ['Brvenica', { sq: 'Bërvenicë' }],
  ['Lipkovo', { sq: 'Likovë' }],
  ['Čair', { sq: 'Çair' }],
  ['Jegunovce', { sq: 'Jegunoc' }],
  ['Kratovo', { sq: 'Kratovë' }],
  ['Vranje', { sq: 'Vranjë' }],
  ['Leskovac', { sq: 'Leskoc' }],
  ['Sjenica', { sq: 'Sjenicë' }],
]);
