import { translator } from '@candor/platform';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { escapeHtml, joinMarkup, latin1Markup, Markup, markupNode, template } from './template.js';

const en = translator('en');
const de = translator('de');

/** A row as a page would write it, with the values in place (what the template must equal). */
function row(values: { href: string; id: string; label: string; note: string }) {
  return h(
    'tr',
    { class: `row row--${values.id}` },
    h('th', { scope: 'row' }, h('a', { href: `/cases/${values.href}` }, values.href)),
    h('td', { title: values.note }, values.label, ': ', h('time', null, values.note)),
  );
}

const ROW = template<'href' | 'id' | 'label' | 'note'>((_t, hole) =>
  row({ href: hole('href'), id: hole('id'), label: hole('label'), note: hole('note') }),
);

const AWKWARD = [
  'plain',
  '<script>alert("x")</script>',
  '" onclick="alert(1)',
  'Tom & Jerry > 1',
  "O'Neil",
  '',
  '\uE000id\uE001',
];

describe('template', () => {
  it.each(AWKWARD)('writes what Preact writes with the values in place: %j', (value) => {
    const values = { href: value, id: value, label: value, note: value };
    expect(ROW.fill(en, values).html).toBe(render(row(values)));
  });

  it('escapes quotes, ampersands and angle brackets as Preact does', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;>&amp;&lt;/a>');
    expect(escapeHtml('nothing to escape')).toBe('nothing to escape');
  });

  it('renders its markup once per language', () => {
    const languages: string[] = [];
    const sut = template<'name'>((t, hole) => {
      languages.push(t.language);
      return h('p', null, t.t('layout.back'), ' ', hole('name'));
    });
    expect(sut.fill(en, { name: 'A' }).html).toBe('<p>Back A</p>');
    expect(sut.fill(en, { name: 'B' }).html).toBe('<p>Back B</p>');
    expect(sut.fill(de, { name: 'C' }).html).toBe(`<p>${de.t('layout.back')} C</p>`);
    expect(languages).toEqual(['en', 'de']);
  });

  it('puts markup from another template in text as it is, and refuses it in an attribute', () => {
    const bold = template<'text'>((_t, hole) => h('strong', null, hole('text')));
    const cell = template<'content'>((_t, hole) => h('td', null, hole('content')));
    const titled = template<'title'>((_t, hole) => h('td', { title: hole('title') }));
    const markup = joinMarkup([bold.fill(en, { text: '<1>' }), bold.fill(en, { text: '2' })]);
    expect(cell.fill(en, { content: markup }).html).toBe(
      '<td><strong>&lt;1></strong><strong>2</strong></td>',
    );
    expect(() => titled.fill(en, { title: markup })).toThrow(/attribute/);
  });

  it('takes page content in a text hole of a node, rendered by Preact in place', () => {
    const frame = template<'title' | 'children'>((_t, hole) =>
      h('main', { 'aria-label': hole('title') }, h('h1', null, hole('title')), hole('children')),
    );
    const node = frame.node(en, {
      title: 'A & B',
      children: [h('p', { class: 'x' }, '<text>'), false, null, 'more & more'],
    });
    expect(render(h('div', null, node))).toBe(
      '<div><main aria-label="A &amp; B"><h1>A &amp; B</h1><p class="x">&lt;text></p>more &amp; more</main></div>',
    );
    expect(() => frame.node(en, { title: h('b', null), children: null })).toThrow(/attribute/);
  });

  it('writes markup into a page as it is', () => {
    const markup = template((_t) => h('hr', null)).fill(en, {});
    expect(render(h('div', null, markupNode(markup)))).toBe('<div><hr/></div>');
  });

  it('cannot be made to carry HTML that did not come out of a template', () => {
    expect(() => new Markup(Symbol('Markup') as never, '<script></script>')).toThrow();
  });

  it('writes a title with characters outside Latin-1 as character references a browser reads back', () => {
    expect(latin1Markup('Cases – Candor').html).toBe('Cases &#8211; Candor');
    expect(latin1Markup('Fall „A&B“ <neu> 😀').html).toBe(
      'Fall &#8222;A&amp;B&#8220; &lt;neu> &#128512;',
    );
    expect(latin1Markup('Grüße').html).toBe('Grüße');
    expect(render(h('title', null, markupNode(latin1Markup('Fälle – Candor'))))).toBe(
      '<title>Fälle &#8211; Candor</title>',
    );
  });

  it('fills templates whose markup holds characters outside Latin-1 as written', () => {
    const t = translator('en');
    const quoted = template<'x'>((_t, hole) => h('p', { title: '“q”' }, '… ', hole('x'), ' ✓'));
    expect(quoted.fill(t, { x: 'a<b' }).html).toBe('<p title="“q”">… a&lt;b ✓</p>');
  });
});
