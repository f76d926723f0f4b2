import { h } from 'preact';
import { PageCache } from './page-cache.js';

const form = (csrf: string) =>
  h('form', null, h('input', { name: '_csrf', value: csrf }), h('p', null, 'Grüße'));

describe(PageCache.name, () => {
  it('renders a page once and sends each response its own token, the earlier ones untouched', () => {
    const cache = new PageCache();
    let renders = 0;
    const render = (csrf: string) => {
      renders += 1;
      return form(csrf);
    };
    const sent = Array.from({ length: 100 }, (_, i) => ({
      token: `token-${i}`,
      body: cache.body('key', `token-${i}`, render),
    }));
    expect(renders).toBe(1);
    for (const { token, body } of sent) {
      expect(body.toString('utf8')).toBe(
        `<!DOCTYPE html><form><input name="_csrf" value="${token}"/><p>Grüße</p></form>`,
      );
    }
  });

  it('fills a page with several forms, and sends a page without any as it was rendered', () => {
    const cache = new PageCache();
    const twoForms = (csrf: string) => h('main', null, form(csrf), form(csrf));
    expect(cache.body('two', 'abc', twoForms).toString('utf8')).toBe(
      `<!DOCTYPE html><main>${'<form><input name="_csrf" value="abc"/><p>Grüße</p></form>'.repeat(2)}</main>`,
    );
    const plain = cache.body('plain', '', () => h('p', null, 'no form'));
    expect(plain.toString('utf8')).toBe('<!DOCTYPE html><p>no form</p>');
    expect(cache.body('plain', '', () => h('p', null, 'rendered again'))).toBe(plain);
  });

  it('keeps pages larger than a slab can share correct too', () => {
    const cache = new PageCache();
    const large = (csrf: string) => h('div', null, 'x'.repeat(100_000), form(csrf));
    const first = cache.body('large', 'one', large).toString('utf8');
    const second = cache.body('large', 'two', large).toString('utf8');
    expect(first).toContain('value="one"');
    expect(second).toContain('value="two"');
    expect(first.length).toBe(second.length);
  });
});
