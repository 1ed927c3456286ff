import assert from 'node:assert/strict';
import { renderMarkdown } from '../../../server/domain/markdown';

describe('renderMarkdown', () => {
  it('moves headings down one level so the page keeps its only h1', () => {
    assert.equal(renderMarkdown('# Bakgrund'), '<h2>Bakgrund</h2>');
    assert.equal(renderMarkdown('## Resultat'), '<h3>Resultat</h3>');
    assert.equal(renderMarkdown('### Län'), '<h4>Län</h4>');
    assert.equal(renderMarkdown('#### Djupt'), '<h4>Djupt</h4>');
  });

  it('keeps paragraphs, emphasis, lists, tables and quotes', () => {
    const html = renderMarkdown(
      'En **fet** och *kursiv* rad.\n\n- ett\n- två\n\n1. först\n\n| Län | Andel |\n|---|---|\n| Jämtland | 71 |\n\n> citat',
    );
    assert.match(html, /<p>En <strong>fet<\/strong> och <em>kursiv<\/em> rad\.<\/p>/);
    assert.match(html, /<ul>\s*<li>ett<\/li>\s*<li>två<\/li>\s*<\/ul>/);
    assert.match(html, /<ol>\s*<li>först<\/li>\s*<\/ol>/);
    assert.match(html, /<table>\s*<thead>\s*<tr>\s*<th>Län<\/th>\s*<th>Andel<\/th>/);
    assert.match(html, /<td>Jämtland<\/td>\s*<td>71<\/td>/);
    assert.match(html, /<blockquote>\s*<p>citat<\/p>\s*<\/blockquote>/);
  });

  it('keeps http, https and mailto links and marks them rel="noopener"', () => {
    assert.equal(
      renderMarkdown('[webb](https://example.se/a) [post](mailto:a@example.se)'),
      '<p><a href="https://example.se/a" rel="noopener">webb</a> <a href="mailto:a@example.se" rel="noopener">post</a></p>',
    );
  });

  it('turns javascript:, data: and relative links into plain text', () => {
    assert.equal(renderMarkdown('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1))'), '<p>a b</p>');
    assert.equal(renderMarkdown('[c](data:text/html,hej) [d](/intern/sida)'), '<p>c d</p>');
  });

  it('removes script elements with their content, inline and as blocks', () => {
    const html = renderMarkdown('Före <script>alert("x")</script> efter\n\n<script>\nalert(2)\n</script>\n\nSlut');
    assert.doesNotMatch(html, /script|alert/i);
    assert.match(html, /<p>Före\s+efter<\/p>/);
    assert.match(html, /<p>Slut<\/p>/);
  });

  it('removes images, event handlers, style and raw HTML blocks', () => {
    const html = renderMarkdown(
      '![bild](https://example.se/x.png)\n\n<img src=x onerror="alert(1)">\n\n<div onclick="x()">block</div>\n\nText <b onmouseover="y()">fet</b> <style>p{}</style> <a href="javascript:alert(1)">länk</a>.',
    );
    assert.doesNotMatch(html, /<img|onerror|onclick|onmouseover|<div|<b\b|<style|javascript|alert/i);
    assert.equal(html, '<p>Text fet  länk.</p>');
  });

  it('escapes text that merely looks like markup', () => {
    assert.equal(renderMarkdown('5 < 7 & "citat"'), '<p>5 &lt; 7 &amp; "citat"</p>');
  });
});
