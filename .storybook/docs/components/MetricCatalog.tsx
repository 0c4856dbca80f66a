import { useId, useState } from 'react';
import { metricCatalog, type MetricDefinition, type MetricTeam } from '@revkit/core';
import { createFormatters } from '@revkit/react';

/** The catalog's teams, in the order the docs list them. */
const TEAMS: readonly MetricTeam[] = ['finance', 'sales', 'marketing', 'customer-success'];

const words = {
  en: {
    teams: { finance: 'Finance', sales: 'Sales', marketing: 'Marketing', 'customer-success': 'Customer success' },
    metric: 'Metric',
    formula: 'Formula',
    unit: 'Unit',
    polarity: 'A rise is',
    conventions: 'Conventions',
    healthLine: 'Health line',
    computedBy: 'Computed by',
    inputs: 'Needs',
    team: 'Team',
    all: 'All teams',
    language: 'Language',
    polarities: { 'higher-is-better': 'good', 'lower-is-better': 'bad', neutral: 'neutral' },
    atLeast: 'at least',
    atMost: 'at most',
    count: (shown: number, total: number) => `${shown} of ${total} metrics`,
  },
  fr: {
    teams: { finance: 'Finance', sales: 'Ventes', marketing: 'Marketing', 'customer-success': 'Succès client' },
    metric: 'Indicateur',
    formula: 'Formule',
    unit: 'Unité',
    polarity: 'Une hausse est',
    conventions: 'Conventions',
    healthLine: 'Seuil de santé',
    computedBy: 'Calculé par',
    inputs: 'Données',
    team: 'Équipe',
    all: 'Toutes les équipes',
    language: 'Langue',
    polarities: { 'higher-is-better': 'favorable', 'lower-is-better': 'défavorable', neutral: 'neutre' },
    atLeast: 'au moins',
    atMost: 'au plus',
    count: (shown: number, total: number) => `${shown} indicateurs sur ${total}`,
  },
} as const;

type Language = keyof typeof words;

function formatBenchmark(metric: MetricDefinition, language: Language): string {
  const { benchmark } = metric;
  if (!benchmark) return '—';
  // The kit's own formatter set, so a health line reads like the card it belongs to (CLV:CAC "3×", NRR "110%").
  const value = createFormatters(language === 'fr' ? 'fr-FR' : 'en-US', 'USD').byUnit(metric.unit, benchmark.value);
  const comparison = benchmark.comparison === 'at-least' ? words[language].atLeast : words[language].atMost;
  return `${comparison} ${value}${benchmark.context ? ` (${benchmark.context[language]})` : ''}`;
}

/**
 * The metrics catalog of `@revkit/core`, rendered as it is: every entry of
 * `metricCatalog`, grouped by team. The docs keep no copy of a definition.
 */
export function MetricCatalog() {
  const [language, setLanguage] = useState<Language>('en');
  const [team, setTeam] = useState<MetricTeam | 'all'>('all');
  const teamId = useId();
  const languageId = useId();
  const text = words[language];
  const shown = metricCatalog.filter((metric) => team === 'all' || metric.team === team);

  return (
    <div className="sb-catalog" lang={language}>
      <div className="sb-catalog-filters">
        <label htmlFor={teamId}>{text.team}</label>
        <select id={teamId} value={team} onChange={(event) => setTeam(event.target.value as MetricTeam | 'all')}>
          <option value="all">{text.all}</option>
          {TEAMS.map((value) => (
            <option key={value} value={value}>
              {text.teams[value]}
            </option>
          ))}
        </select>
        <label htmlFor={languageId}>{text.language}</label>
        <select id={languageId} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
        <output aria-live="polite">{text.count(shown.length, metricCatalog.length)}</output>
      </div>
      {TEAMS.filter((value) => team === 'all' || value === team).map((value) => {
        const metrics = shown.filter((metric) => metric.team === value);
        if (metrics.length === 0) return null;
        return (
          <section key={value} aria-labelledby={`${teamId}-${value}`}>
            <h3 id={`${teamId}-${value}`}>{text.teams[value]}</h3>
            <div className="sb-catalog-scroll">
              <table className="sb-catalog-table">
                <caption>
                  {text.teams[value]}: {metrics.length}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{text.metric}</th>
                    <th scope="col">{text.formula}</th>
                    <th scope="col">{text.unit}</th>
                    <th scope="col">{text.polarity}</th>
                    <th scope="col">{text.conventions}</th>
                    <th scope="col">{text.healthLine}</th>
                    <th scope="col">{text.computedBy}</th>
                  </tr>
                </thead>
                <tbody>
                  {metrics.map((metric) => (
                    <tr key={metric.id} id={`metric-${metric.id}`}>
                      <th scope="row">
                        {metric.name[language]}
                        <br />
                        <code>{metric.id}</code>
                      </th>
                      <td>
                        {metric.formula[language]}
                        <br />
                        <code>{metric.symbols}</code>
                      </td>
                      <td>
                        <code>{metric.unit}</code>
                      </td>
                      <td>{text.polarities[metric.polarity]}</td>
                      <td>{metric.conventions?.[language] ?? '—'}</td>
                      <td>{formatBenchmark(metric, language)}</td>
                      <td>
                        <code>{metric.functionName}</code>
                        {metric.reportPath ? (
                          <>
                            <br />
                            <code>{metric.reportPath}</code>
                          </>
                        ) : null}
                        <br />
                        {text.inputs}: {metric.inputs.join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
