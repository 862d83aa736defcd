// Upload progress for forms marked data-module="upload-progress". Without this script the form posts
// as usual; with it the same POST goes through XMLHttpRequest so the bar can show how much was sent.
(() => {
  for (const form of document.querySelectorAll('form[data-module="upload-progress"]')) {
    const box = form.querySelector('.upload-progress');
    const bar = form.querySelector('progress');
    const status = form.querySelector('.upload-progress-status');
    if (!box || !bar || !status || !window.FormData) continue;
    form.addEventListener('submit', (event) => {
      const file = form.querySelector('input[type="file"]');
      if (!file || file.files.length === 0) return;
      event.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = true;
      box.hidden = false;
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', (progress) => {
        if (!progress.lengthComputable) return;
        const percent = Math.round((progress.loaded / progress.total) * 100);
        bar.value = percent;
        status.textContent = `${percent}%`;
      });
      request.upload.addEventListener('load', () => {
        bar.removeAttribute('value');
        status.textContent = box.dataset.checking || '…';
      });
      request.addEventListener('load', () => {
        // A redirect leads to the preview; a refusal is a page of its own: show it as the browser would.
        if (request.responseURL && request.responseURL !== form.action) {
          window.location.assign(request.responseURL);
          return;
        }
        const page = new DOMParser().parseFromString(request.responseText, 'text/html');
        const main = page.querySelector('main');
        const current = document.querySelector('main');
        if (main && current) {
          current.replaceWith(main);
          document.title = page.title;
          main.querySelector('.govuk-error-summary')?.focus();
        } else {
          form.submit();
        }
      });
      request.addEventListener('error', () => form.submit());
      request.send(new FormData(form));
    });
  }
})();
