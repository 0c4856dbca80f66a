// Words of the CSV column-mapping step, in the two locales the app offers.
import type { LocaleName } from './strings.js';

export interface ImportStrings {
  mapColumns: (name: string) => string;
  mapHelp: string;
  firstRows: (name: string, count: number) => string;
  currency: string;
  field: string;
  column: string;
  constant: string;
  notInFile: string;
  constantOf: (field: string) => string;
  required: string;
  importData: string;
  cancel: string;
}

const EN: ImportStrings = {
  mapColumns: (name) => `Map the columns of ${name}`,
  mapHelp: 'Choose the column that holds each field of a subscription, or type a value every row shares. Fields marked * are required.',
  firstRows: (name, count) => `The first ${count} row${count === 1 ? '' : 's'} of ${name}`,
  currency: 'Reporting currency',
  field: 'Field',
  column: 'Column',
  constant: 'Or a value for every row',
  notInFile: '— not in the file —',
  constantOf: (field) => `Value of ${field} for every row`,
  required: 'required',
  importData: 'Import',
  cancel: 'Cancel',
};

const FR: ImportStrings = {
  mapColumns: (name) => `Associer les colonnes de ${name}`,
  mapHelp: 'Choisissez la colonne de chaque champ d’un abonnement, ou saisissez une valeur commune à toutes les lignes. Les champs marqués * sont obligatoires.',
  firstRows: (name, count) => `Les ${count} première${count === 1 ? '' : 's'} ligne${count === 1 ? '' : 's'} de ${name}`,
  currency: 'Devise de reporting',
  field: 'Champ',
  column: 'Colonne',
  constant: 'Ou une valeur pour toutes les lignes',
  notInFile: '— absent du fichier —',
  constantOf: (field) => `Valeur de ${field} pour toutes les lignes`,
  required: 'obligatoire',
  importData: 'Importer',
  cancel: 'Annuler',
};

/** The mapping step's words in a locale (English for anything else). */
export function importStringsFor(locale: LocaleName | string): ImportStrings {
  return locale === 'fr-FR' ? FR : EN;
}
