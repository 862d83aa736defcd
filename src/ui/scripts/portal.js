// The portal's optional script: govuk-frontend's behaviours (menu toggle, character count, error
// summary focus, conditional reveals, tabs, file upload). Every page works without it. Bundled by
// src/ui/assetBuild.ts into one fingerprinted file, loaded as a module (so old browsers skip it).
import {
  Button,
  CharacterCount,
  Checkboxes,
  createAll,
  ErrorSummary,
  FileUpload,
  NotificationBanner,
  ServiceNavigation,
  Tabs,
} from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
for (const Component of [
  Button,
  CharacterCount,
  Checkboxes,
  ErrorSummary,
  FileUpload,
  NotificationBanner,
  ServiceNavigation,
  Tabs,
]) {
  createAll(Component);
}

// Radios' conditional reveal, done here rather than by govuk-frontend's Radios, which sets aria-expanded
// on radio inputs (not allowed for the radio role: axe's aria-allowed-attr). aria-controls is kept.
function syncRadios(form) {
  for (const radio of form.querySelectorAll('input.govuk-radios__input[data-aria-controls]')) {
    const target = document.getElementById(radio.dataset.ariaControls ?? '');
    if (!target) continue;
    radio.setAttribute('aria-controls', target.id);
    target.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
  }
}
for (const group of document.querySelectorAll('[data-module="govuk-radios"]')) {
  syncRadios(group);
  group.addEventListener('change', () => syncRadios(group));
}
