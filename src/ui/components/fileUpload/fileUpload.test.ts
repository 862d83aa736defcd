import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('fileUpload', () => {
  it('renders a file input with the accepted types and the script texts in Polish', () => {
    const html = compact(render('fileUpload', { name: 'plik', label: 'Plik', accept: '.pdf' }));
    assert.match(
      html,
      /<input class="govuk-file-upload" id="field-plik" name="plik" type="file" accept=".pdf">/,
    );
    assert.match(html, /data-i18n\.choose-files-button="Wybierz plik"/);
  });
});
