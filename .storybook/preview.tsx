import type { Decorator, Preview } from '@storybook/react-vite';
import { RevkitProvider } from '@revkit/react';
import '@revkit/react/styles.css';
import './storybook.css';

/** The colour themes a story can be seen in; `brand` is light with brand colours set through CSS variables. */
export type StoryTheme = 'light' | 'dark' | 'brand';

/** Story parameters of this Storybook (under `parameters.revkit`). */
export interface RevkitStoryParameters {
  /** Width of the box the component is rendered in, in CSS pixels (e.g. 320 for a phone). */
  containerWidth?: number;
}

const withRevkit: Decorator = (Story, context) => {
  const theme = (context.globals['theme'] as StoryTheme | undefined) ?? 'light';
  const locale = (context.globals['locale'] as string | undefined) ?? 'en-US';
  const { containerWidth } = (context.parameters['revkit'] as RevkitStoryParameters | undefined) ?? {};
  return (
    <RevkitProvider locale={locale} currency="EUR" theme={theme === 'dark' ? 'dark' : 'light'}>
      <div className={`sb-stage sb-theme-${theme}`} lang={locale} data-testid="story-stage">
        <div className="sb-frame" style={containerWidth ? { width: containerWidth } : undefined}>
          <Story />
        </div>
      </div>
    </RevkitProvider>
  );
};

/**
 * Console errors and warnings a story logs while it renders and plays. A
 * React warning (a missing key, a bad prop, a hydration mismatch) is a bug,
 * so `afterEach` fails the story when any was logged.
 */
const consoleProblems: string[] = [];
const originalConsole = { error: console.error, warn: console.warn };

function recordConsole(level: 'error' | 'warn') {
  return (...args: unknown[]) => {
    consoleProblems.push(`console.${level}: ${args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ')}`);
    originalConsole[level].apply(console, args);
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of numbers, money, dates and the kit’s words',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'fr-FR', title: 'Français (France)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (CSS variables)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light' },
  decorators: [withRevkit],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is an accessibility test: any axe violation fails it.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Theming', 'Accessibility'], 'Catalog', 'Components'],
      },
    },
  },
  beforeEach() {
    consoleProblems.length = 0;
    console.error = recordConsole('error');
    console.warn = recordConsole('warn');
    return () => {
      console.error = originalConsole.error;
      console.warn = originalConsole.warn;
    };
  },
  afterEach() {
    const problems = consoleProblems.splice(0);
    if (problems.length > 0) {
      throw new Error(`The story logged ${problems.length} console error(s) or warning(s):\n${problems.join('\n')}`);
    }
  },
};

export default preview;
