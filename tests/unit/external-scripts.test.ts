import { describe, expect, it } from 'vitest';
import { externalizeScripts, hoistBodyStyles } from '../../site/integrations/external-scripts.ts';

describe('externalizeScripts', () => {
  it('moves an inline script to a file named by its hash and keeps its attributes', () => {
    const { html, files } = externalizeScripts('<head><script type="module">run()</script></head>');
    expect(files.size).toBe(1);
    const [name, body] = [...files][0]!;
    expect(name).toMatch(/^inline-[0-9a-f]{16}\.js$/);
    expect(body).toBe('run()');
    expect(html).toBe(`<head><script type="module" src="/_astro/${name}"></script></head>`);
  });

  it('gives the same script the same file on every page', () => {
    const a = externalizeScripts('<script>x()</script>');
    const b = externalizeScripts('<p></p><script>x()</script>');
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
  });

  it('leaves JSON-LD, external and empty scripts alone', () => {
    const page = '<script type="application/ld+json">{"a":1}</script><script src="/a.js"></script><script></script>';
    const { html, files } = externalizeScripts(page);
    expect(html).toBe(page);
    expect(files.size).toBe(0);
  });
});

describe('hoistBodyStyles', () => {
  it("moves the island runtime's style from the body to the end of the head, once", () => {
    const style = '<style>astro-island{display:contents}</style>';
    const page = `<html><head><title>t</title></head><body><p>a</p>${style}<i></i>${style}</body></html>`;
    expect(hoistBodyStyles(page)).toBe(`<html><head><title>t</title>${style}</head><body><p>a</p><i></i></body></html>`);
  });

  it('leaves styles in the head and inside an SVG where they are', () => {
    const page = '<html><head><style>a{}</style></head><body><svg><style>b{}</style></svg></body></html>';
    expect(hoistBodyStyles(page)).toBe(page);
  });
});
