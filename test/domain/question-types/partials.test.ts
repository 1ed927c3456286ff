import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { QuestionView } from '../../../server/domain/question-types/question-view';
import { partialRenderer } from '../../../server/http/partials';
import { findQuestionType } from '../../../server/domain/question-types/registry';


function viewOf(definition: Record<string, unknown>, fields: Record<string, string | string[]>, error: string | null): QuestionView {
  const type = findQuestionType(String(definition.type))!;
  const def = type.schema.parse(definition);
  return type.view(def, type.parse(def, fields), error);
}

/** As a survey page renders each question (server/http/partials.ts): with its view and nothing else. */
const partial = partialRenderer(fileURLToPath(new URL('../../../views', import.meta.url)), true);
const render = async (view: QuestionView): Promise<string> => partial('/components/questions/question', { view });
/** Whitespace between tags is layout, not markup worth asserting on. */
const squash = (html: string) => html.replace(/\s+/g, ' ');

describe('question partials', () => {
  it('renders radios in a fieldset with legend, kept choice, labelled "Annat" input and wired error', async () => {
    const view = viewOf(
      {
        key: 'paverkan', type: 'single_choice', text: 'Påverkas <insatser>?', help: 'Tänk på sommaren.', required: true,
        options: [{ code: 'nej', label: 'Nej' }, { code: 'ja', label: 'Ja' }], otherOption: { code: 'annat', label: 'Annat, nämligen' },
      },
      { q_paverkan: 'ja' },
      'Välj ett alternativ',
    );
    const html = squash(await render(view));
    assert.match(html, /<div class="field field--error">/);
    assert.match(html, /<fieldset class="fieldset" aria-describedby="q_paverkan-hint q_paverkan-error">/);
    assert.match(html, /<legend class="fieldset__legend">Påverkas &lt;insatser&gt;\?/);
    assert.doesNotMatch(html, /\(valfri\)/);
    assert.match(html, /<div class="hint" id="q_paverkan-hint">Tänk på sommaren.<\/div>/);
    assert.match(html, /<p class="error-message" id="q_paverkan-error"><span class="visually-hidden">Fel:<\/span> Välj ett alternativ<\/p>/);
    assert.match(html, /id="q_paverkan" name="q_paverkan" type="radio" value="nej">/);
    assert.match(html, /id="q_paverkan-2" name="q_paverkan" type="radio" value="ja" checked>/);
    assert.match(html, /<label class="radios__label" for="q_paverkan-2">Ja<\/label>/);
    assert.match(html, /<label class="label" for="q_paverkan_other">Om du valt ”Annat, nämligen”, skriv vad<\/label>/);
    assert.match(html, /<input class="input" id="q_paverkan_other" name="q_paverkan_other" type="text" value=""/);
  });

  it('renders checkboxes with "(valfri)", kept ticks and a divider before the exclusive option', async () => {
    const view = viewOf(
      {
        key: 'atgarder', type: 'multiple_choice', text: 'Åtgärder', required: false,
        options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }, { code: 'inga', label: 'Inga', exclusive: true }],
      },
      { q_atgarder: ['a', 'b'] },
      null,
    );
    const html = squash(await render(view));
    assert.match(html, /Åtgärder <span class="optional">\(valfri\)<\/span><\/legend>/);
    assert.match(html, /aria-describedby="q_atgarder-hint"/);
    assert.match(html, /value="a" checked>.*value="b" checked>.*<div class="checkboxes__divider">eller<\/div>.*value="inga" data-exclusive>/);
    assert.doesNotMatch(html, /field--error|error-message/);
  });

  it('renders a number input with label, decimal keypad, typed value, unit suffix and wiring', async () => {
    const view = viewOf(
      { key: 'andel', type: 'percent', text: 'Andel rekryterade', required: true },
      { q_andel: '12abc"' },
      'Ange ett tal, till exempel 12 eller 12,5',
    );
    const html = squash(await render(view));
    assert.match(html, /<label class="label" for="q_andel">Andel rekryterade<\/label>/);
    assert.match(html, /id="q_andel" name="q_andel" type="text" value="12abc&#34;" inputmode="decimal"/);
    assert.match(html, /aria-describedby="q_andel-error q_andel-suffix" aria-invalid="true"/);
    assert.match(html, /<span class="input__suffix" id="q_andel-suffix">%<\/span>/);
  });

  it('renders a textarea that keeps and escapes the text, with the limit in the hint', async () => {
    const view = viewOf({ key: 'kommentar', type: 'long_text', text: 'Kommentar', required: false }, { q_kommentar: '<script>x</script>' }, null);
    const html = squash(await render(view));
    assert.match(html, /<textarea class="textarea" id="q_kommentar" name="q_kommentar" rows="6" maxlength="2000" data-maxlength="2000" aria-describedby="q_kommentar-hint q_kommentar-count">&lt;script&gt;x&lt;\/script&gt;<\/textarea>/);
    assert.match(html, /<p class="hint char-count" id="q_kommentar-count" data-count-for="q_kommentar" aria-live="polite"><\/p>/);
    assert.match(html, /Du kan skriva högst 2000 tecken./);
  });

  it('renders a matrix as one fieldset per row with the error on the row it concerns', async () => {
    const view = viewOf(
      {
        key: 'brist', type: 'matrix', text: 'Brist per grupp', required: true,
        rows: [{ key: 'vard', label: 'Vårdpersonal' }, { key: 'ssk', label: 'Sjuksköterskor' }],
        options: [{ code: 'ingen', label: 'Ingen brist' }, { code: 'stor', label: 'Stor brist' }],
      },
      { q_brist__vard: 'stor' },
      'Välj ett svar för ”Sjuksköterskor”',
    );
    const html = squash(await render(view));
    assert.match(html, /<legend class="fieldset__legend">Brist per grupp/);
    assert.match(html, /<legend class="fieldset__legend matrix__legend" id="q_brist__vard-legend">Vårdpersonal<\/legend>/);
    assert.match(html, /id="q_brist" name="q_brist__vard" type="radio" value="ingen">/);
    assert.match(html, /id="q_brist-2" name="q_brist__vard" type="radio" value="stor" checked>/);
    assert.match(html, /<fieldset class="fieldset matrix__row matrix__row--error" aria-describedby="q_brist__ssk-error">/);
    assert.match(html, /<p class="error-message" id="q_brist__ssk-error"><span class="visually-hidden">Fel:<\/span> Välj ett svar för ”Sjuksköterskor”<\/p>/);
    assert.equal(html.match(/class="error-message"/g)?.length, 1);
  });

  it('renders an information text as paragraphs and a hidden question as nothing', async () => {
    const info = viewOf({ key: 'om', type: 'info_block', text: 'Första stycket.\n\nAndra & sista.' }, {}, null);
    const html = squash(await render(info));
    assert.match(html, /<p>Första stycket.<\/p><p>Andra &amp; sista.<\/p>/);
    assert.equal((await render({ ...info, visible: false })).trim(), '');
  });

  it('shows the condition in words for a question that depends on the same page', async () => {
    const view = viewOf({ key: 'beskriv', type: 'short_text', text: 'Beskriv', required: true }, {}, null);
    const html = squash(await render({ ...view, conditionText: 'Svara bara om du har svarat ”Ja”.', describedBy: 'q_beskriv-condition' }));
    assert.match(html, /<div class="hint question__condition" id="q_beskriv-condition">Svara bara om du har svarat ”Ja”.<\/div>/);
    assert.match(html, /aria-describedby="q_beskriv-condition"/);
  });
});
