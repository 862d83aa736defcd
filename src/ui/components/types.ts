import type { Attributes } from './helpers.ts';

/** What every form field takes: its name (the id defaults to "field-<name>"), a label, hint and error. */
export interface FieldParams {
  name: string;
  /** Defaults to "field-<name>", the target of the error summary's links. */
  id?: string;
  /** Escaped text. */
  label: string;
  /** The label is the page's h1 (a one-question page). */
  labelIsHeading?: boolean;
  hint?: string;
  /** The message shown at the field, after a visually hidden "Błąd:"/"Error:". */
  error?: string;
  /** Adds "(opcjonalnie)"/"(optional)" to the label: GOV.UK marks optional fields, not required ones. */
  optional?: boolean;
  required?: boolean;
  classes?: string;
  /** Extra attributes of the control (escaped), e.g. { autocomplete: 'email', 'data-x': '1' }. */
  attributes?: Attributes;
}

/** Text or trusted HTML: text is escaped; html is inserted as is, so only HTML the server built and sanitised. */
export interface Content {
  text?: string;
  html?: string;
}

/** A fieldset's legend around a group of controls. */
export interface LegendParams {
  legend: string;
  legendIsHeading?: boolean;
  /** s, m, l, xl — the legend's size (l when it is the page heading). */
  legendSize?: 's' | 'm' | 'l' | 'xl';
}

/** One documented use of a component: its tests render it and axe checks it in both contrast modes. */
export interface Example<P> {
  name: string;
  params: P;
}
