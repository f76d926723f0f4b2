import type { ComponentChildren, JSX } from 'preact';
import type { Translator } from '@candor/platform';
import { CSRF_FIELD, HONEYPOT_FIELD } from './csrf.service.js';
import { joinMarkup, markupNode, template } from './template.js';

/** An error shown in the summary (linking to `#field`) and beside the field itself. */
export interface FieldError {
  /** The id of the input the summary links to (and focuses). */
  readonly field: string;
  readonly text: string;
  /** Where the summary links instead, when the field is on another page. */
  readonly href?: string;
}

export type FieldErrors = readonly FieldError[];

export function errorFor(errors: FieldErrors, field: string): string | undefined {
  return errors.find((error) => error.field === field)?.text;
}

/** The start of a page title: "Error: " while the page shows errors (GOV.UK). */
export function pageTitle(t: Translator, title: string, errors: FieldErrors = []): string {
  return `${errors.length > 0 ? t.t('layout.errorTitlePrefix') : ''}${title} – ${t.t('layout.serviceName')}`;
}

/** A phrase written for the middle of a sentence ("the Audit Committee…") as a sentence's start. */
export function sentenceCase(t: Translator, text: string): string {
  return text.charAt(0).toLocaleUpperCase(t.locale) + text.slice(1);
}

/**
 * A translated text with one value kept on one line (a case reference must not break at its
 * dashes): the value is cut out of the translation and wrapped.
 */
export function WithNoWrap({ text, value }: { text: string; value: string }) {
  const at = text.indexOf(value);
  if (at === -1) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span class="nowrap">{value}</span>
      {text.slice(at + value.length)}
    </>
  );
}

const RICH = /\*\*(.+?)\*\*|\[(.+?)\]\(([^)\s]+)\)/g;

/**
 * A catalogue text with its two kinds of markup, `**bold**` and `[words](/path)`, as elements.
 * Everything else is text and is escaped; user input never goes through here.
 */
export function Rich({ text }: { text: string }): JSX.Element {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(RICH)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    if (match[1] !== undefined) parts.push(<strong>{match[1]}</strong>);
    else parts.push(<a href={match[3]}>{match[2]}</a>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

export function Paragraphs({ texts }: { texts: readonly string[] }): JSX.Element {
  return (
    <>
      {texts.map((text) => (
        <p>
          <Rich text={text} />
        </p>
      ))}
    </>
  );
}

export function BulletList({ texts }: { texts: readonly string[] }): JSX.Element {
  return (
    <ul class="list list--bullet">
      {texts.map((text) => (
        <li>
          <Rich text={text} />
        </li>
      ))}
    </ul>
  );
}

/**
 * GOV.UK's error summary: first on the page, focused on load (autofocus on a focusable element,
 * so no script is needed), each error a link to its field.
 */
export function ErrorSummary({ t, errors }: { t: Translator; errors: FieldErrors }) {
  if (errors.length === 0) return null;
  return (
    <div
      class="error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      autofocus
    >
      <h2 class="error-summary__title" id="error-summary-title">
        {t.t('layout.errorSummaryTitle')}
      </h2>
      <ul class="list error-summary__list">
        {errors.map((error) => (
          <li>
            <a href={error.href ?? `#${error.field}`}>{error.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ErrorMessage({ t, id, text }: { t: Translator; id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="error-message" id={`${id}-error`}>
      <span class="visually-hidden">{t.t('layout.errorPrefix')} </span>
      {text}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  if (!hint) return null;
  return (
    <div class="hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldProps {
  t: Translator;
  id: string;
  name?: string;
  label: ComponentChildren;
  /** Render the label as the page's h1 (a one-question page). */
  labelIsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string;
  value?: string;
}

function Label({ id, label, labelIsHeading }: Pick<FieldProps, 'id' | 'label' | 'labelIsHeading'>) {
  const element = (
    <label class={labelIsHeading ? 'label label--l' : 'label'} for={id}>
      {label}
    </label>
  );
  return labelIsHeading ? <h1 class="label-wrapper">{element}</h1> : element;
}

export function TextInput(
  props: FieldProps & {
    type?: 'text' | 'email' | 'tel' | 'password';
    autocomplete?: string;
    width?: 'full' | 'half' | 'quarter';
    spellcheck?: boolean;
    inputmode?: 'text' | 'numeric' | 'email' | 'tel';
    maxlength?: number;
    autocapitalize?: 'none' | 'off' | 'characters';
  },
) {
  const { t, id, error, hint } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label id={id} label={props.label} labelIsHeading={props.labelIsHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage t={t} id={id} text={error} />
      <input
        class={`input input--${props.width ?? 'full'}${error ? ' input--error' : ''}`}
        id={id}
        name={props.name ?? id}
        // Preact's input types are a union tsc cannot match through a variable (eslint's view of
        // the types differs): each of these is a plain text box.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={(props.type ?? 'text') as 'text'}
        list={undefined}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        inputMode={props.inputmode}
        autocapitalize={props.autocapitalize}
        maxLength={props.maxlength}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

/** A chooser for several files at once; its form must be sent as multipart. */
export function FileInput(props: Omit<FieldProps, 'value' | 'labelIsHeading'>) {
  const { t, id, error, hint } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label id={id} label={props.label} />
      <Hint id={id} hint={hint} />
      <ErrorMessage t={t} id={id} text={error} />
      <input
        class="file-upload"
        id={id}
        name={props.name ?? id}
        type="file"
        multiple
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { t, id, error, hint } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <Label id={id} label={props.label} labelIsHeading={props.labelIsHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage t={t} id={id} text={error} />
      <textarea
        class={`textarea${error ? ' textarea--error' : ''}`}
        id={id}
        name={props.name ?? id}
        rows={props.rows ?? 8}
        aria-describedby={describedBy(id, hint, error)}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
}

/** The id of one radio or checkbox: the first one carries the field's own id (summary links). */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/**
 * Radios in a fieldset whose legend is the page's question (h1). `groups` splits the items under
 * sub-headings (the Code's sections) without nesting fieldsets.
 */
export function Radios(props: {
  t: Translator;
  id: string;
  name?: string;
  legend: ComponentChildren;
  legendIsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string;
  value?: string;
  groups: ReadonlyArray<{ heading?: string; choices: readonly Choice[] }>;
}) {
  const { t, id, error, hint } = props;
  let index = 0;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class={props.legendIsHeading ? 'legend legend--l' : 'legend'}>
          {props.legendIsHeading ? <h1 class="legend__heading">{props.legend}</h1> : props.legend}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage t={t} id={id} text={error} />
        {props.groups.map((group) => (
          <div class="radios">
            {group.heading ? <h2 class="radios__group">{group.heading}</h2> : null}
            {group.choices.map((choice) => {
              const choiceKey = choiceId(id, index);
              index += 1;
              return (
                <div class="radios__item">
                  <input
                    class="radios__input"
                    id={choiceKey}
                    name={props.name ?? id}
                    type="radio"
                    value={choice.value}
                    checked={props.value === choice.value}
                    aria-describedby={choice.hint ? `${choiceKey}-item-hint` : undefined}
                  />
                  <label class="label radios__label" for={choiceKey}>
                    {choice.label}
                  </label>
                  {choice.hint ? (
                    <div class="hint radios__hint" id={`${choiceKey}-item-hint`}>
                      {choice.hint}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function Checkbox(props: {
  t: Translator;
  id: string;
  name?: string;
  legend: ComponentChildren;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  checked: boolean;
}) {
  const { t, id, error, hint } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="legend legend--s">{props.legend}</legend>
        <ErrorMessage t={t} id={id} text={error} />
        <div class="checkboxes__item">
          <input
            class="checkboxes__input"
            id={id}
            name={props.name ?? id}
            type="checkbox"
            value="yes"
            checked={props.checked}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          <label class="label checkboxes__label" for={id}>
            {props.label}
          </label>
          <Hint id={id} hint={hint} />
        </div>
      </fieldset>
    </div>
  );
}

/** A select's options (a list of countries, of concern types…): one template, filled per option. */
const OPTION = template<'value' | 'label'>((_t, hole) => (
  <option value={hole('value')}>{hole('label')}</option>
));
const SELECTED_OPTION = template<'value' | 'label'>((_t, hole) => (
  <option value={hole('value')} selected>
    {hole('label')}
  </option>
));

export function Select(props: {
  t: Translator;
  id: string;
  name?: string;
  label: ComponentChildren;
  error?: string;
  value?: string;
  placeholder: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const { t, id, error } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={id}>
        {props.label}
      </label>
      <ErrorMessage t={t} id={id} text={error} />
      <select
        class={`select${error ? ' select--error' : ''}`}
        id={id}
        name={props.name ?? id}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{props.placeholder}</option>
        {markupNode(
          joinMarkup(
            props.options.map((option) =>
              (option.value === props.value ? SELECTED_OPTION : OPTION).fill(t, option),
            ),
          ),
        )}
      </select>
    </div>
  );
}

/** GOV.UK's date input: day, month and year boxes in one fieldset. */
export function DateInput(props: {
  t: Translator;
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  /** Which boxes to mark as wrong (all of them when unspecified and there is an error). */
  invalid?: ReadonlyArray<'day' | 'month' | 'year'>;
  value: { day: string; month: string; year: string };
}) {
  const { t, id, error, hint } = props;
  const parts = [
    { part: 'day', label: t.t('report.whenWhere.day'), width: 2 },
    { part: 'month', label: t.t('report.whenWhere.month'), width: 2 },
    { part: 'year', label: t.t('report.whenWhere.year'), width: 4 },
  ] as const;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="legend legend--m">{props.legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage t={t} id={id} text={error} />
        <div class="date-input">
          {parts.map(({ part, label, width }) => {
            const inputId = part === 'day' ? id : `${id}-${part}`;
            const wrong =
              Boolean(error) && (props.invalid ?? ['day', 'month', 'year']).includes(part);
            return (
              <div class="date-input__item">
                <label class="label date-input__label" for={inputId}>
                  {label}
                </label>
                <input
                  class={`input input--width-${width}${wrong ? ' input--error' : ''}`}
                  id={inputId}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={props.value[part]}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Button({
  children,
  secondary,
  name,
  value,
  formnovalidate,
}: {
  children: ComponentChildren;
  secondary?: boolean;
  name?: string;
  value?: string;
  formnovalidate?: boolean;
}) {
  return (
    <button
      type="submit"
      class={secondary ? 'button button--secondary' : 'button'}
      name={name}
      value={value}
      formNoValidate={formnovalidate}
    >
      {children}
    </button>
  );
}

export function BackLink({ t, href }: { t: Translator; href: string }) {
  return (
    <a href={href} class="back-link">
      {t.t('layout.back')}
    </a>
  );
}

/**
 * A form of the pages: POST to the same site, with the CSRF token and the honeypot. Browser
 * validation is off (`novalidate`): the server's messages, in the error summary, are the ones
 * people see, the same in every browser.
 */
export function PageForm(props: {
  t: Translator;
  csrf: string;
  action: string;
  multipart?: boolean;
  children: ComponentChildren;
}) {
  // Several forms may share a page: the honeypot's id follows the form's action.
  const honeypotId = `${HONEYPOT_FIELD}${props.action.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <form
      method="post"
      action={props.action}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      novalidate
    >
      <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
      <div class="honeypot" aria-hidden="true">
        <label for={honeypotId}>{props.t.t('layout.honeypotLabel')}</label>
        <input id={honeypotId} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autocomplete="off" />
      </div>
      {props.children}
    </form>
  );
}

/** GOV.UK's summary list: a row per answer, with its Change link. */
export function SummaryList({
  rows,
}: {
  rows: ReadonlyArray<{
    key: string;
    value: ComponentChildren;
    change?: { href: string; label: string; hidden: string };
  }>;
}) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row">
          <dt class="summary-list__key">{row.key}</dt>
          <dd class="summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd class="summary-list__actions">
              <a href={row.change.href}>
                {row.change.label}
                <span class="visually-hidden"> {row.change.hidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
