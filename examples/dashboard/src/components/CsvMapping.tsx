import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CSV_FIELDS, suggestCsvMapping } from '@revkit/import';
import type { CsvChoice } from '../data/importFile.js';
import type { ImportStrings } from '../i18n/importStrings.js';

export interface CsvMappingProps {
  strings: ImportStrings;
  /** The file's name, shown in the heading. */
  name: string;
  /** The CSV's column names. */
  header: readonly string[];
  /** Its first rows, shown so the user sees what each column holds. */
  rows: readonly (readonly string[])[];
  /** The reporting currency to start from. */
  currency: string;
  /** Called with the chosen columns and constants. */
  onImport: (choice: CsvChoice) => void;
  onCancel: () => void;
}

/**
 * The column-mapping step of a CSV of subscriptions: its first rows, and
 * for each of the contract's subscription fields a column (prefilled when a
 * column is named like the field) or a constant.
 */
export function CsvMapping({ strings, name, header, rows, currency, onImport, onCancel }: CsvMappingProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [columns, setColumns] = useState<Record<string, string>>(() => suggestCsvMapping('subscriptions', header));
  const [constants, setConstants] = useState<Record<string, string>>({});
  const [code, setCode] = useState(currency);

  // Bring keyboard and screen-reader users to the step they have to complete.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const map: Record<string, string> = {};
    const set: Record<string, string> = {};
    for (const field of CSV_FIELDS.subscriptions) {
      const constant = constants[field.name]?.trim() ?? '';
      const column = columns[field.name];
      if (constant !== '') set[field.name] = constant;
      else if (column) map[field.name] = column;
    }
    onImport({ currency: code.trim(), map, set });
  };

  return (
    <section className="csv-mapping" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        {strings.mapColumns(name)}
      </h2>
      <p>{strings.mapHelp}</p>
      <div className="csv-preview">
        <table>
          <caption>{strings.firstRows(name, rows.length)}</caption>
          <thead>
            <tr>
              {header.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {header.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={submit}>
        <p className="csv-currency">
          <label htmlFor={`${id}-currency`}>{strings.currency}</label>{' '}
          <input id={`${id}-currency`} value={code} onChange={(event) => setCode(event.target.value)} size={5} />
        </p>
        <table className="csv-fields">
          <thead>
            <tr>
              <th scope="col">{strings.field}</th>
              <th scope="col">{strings.column}</th>
              <th scope="col">{strings.constant}</th>
            </tr>
          </thead>
          <tbody>
            {CSV_FIELDS.subscriptions.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <label htmlFor={`${id}-${field.name}`}>
                    {field.name}
                    {field.required ? <abbr title={strings.required}> *</abbr> : null}
                  </label>
                </th>
                <td>
                  <select
                    id={`${id}-${field.name}`}
                    value={columns[field.name] ?? ''}
                    onChange={(event) => setColumns((current) => ({ ...current, [field.name]: event.target.value }))}
                  >
                    <option value="">{strings.notInFile}</option>
                    {header.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={strings.constantOf(field.name)}
                    value={constants[field.name] ?? ''}
                    onChange={(event) => setConstants((current) => ({ ...current, [field.name]: event.target.value }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="csv-actions">
          <button type="submit" className="button">
            {strings.importData}
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {strings.cancel}
          </button>
        </p>
      </form>
    </section>
  );
}
