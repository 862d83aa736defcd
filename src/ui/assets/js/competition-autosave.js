// Autosave for application forms marked data-module="autosave": every 30 seconds, when something was
// typed, the form's fields are posted to data-autosave-url so a lost session or a closed tab loses
// little. Without this script the form still saves at every step.
(() => {
  const INTERVAL_MS = 30000;
  for (const form of document.querySelectorAll('form[data-module="autosave"]')) {
    const url = form.dataset.autosaveUrl;
    const status = form.querySelector('.autosave-status');
    if (!url || !window.fetch || !window.FormData) continue;
    let changed = false;
    form.addEventListener('input', () => {
      changed = true;
    });
    window.setInterval(async () => {
      if (!changed) return;
      changed = false;
      try {
        const response = await fetch(url, {
          method: 'POST',
          body: new URLSearchParams(new FormData(form)),
          credentials: 'same-origin',
        });
        if (status && response.ok) status.textContent = form.dataset.savedText || '';
        if (!response.ok) changed = true;
      } catch {
        changed = true;
      }
    }, INTERVAL_MS);
  }
})();
