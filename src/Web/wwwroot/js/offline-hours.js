// Keeps hour logs made without signal on the phone (IndexedDB) and sends each one when the
// signal returns. Every log carries an id made here once, so sending it again never stores it
// twice. Without JavaScript the form simply posts to the server.
(() => {
  'use strict';

  const syncUrl = '/volunteer/log-hours?handler=Sync';
  const tokenField = '__RequestVerificationToken';
  const idField = 'Input.Id';
  const retryEveryMs = 30000;
  let sending = false;

  function openQueue() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('social-prescribing', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('hour-logs', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function inQueue(mode, action) {
    const db = await openQueue();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction('hour-logs', mode);
      const result = action(transaction.objectStore('hour-logs'));
      transaction.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      transaction.onerror = () => reject(transaction.error);
    });
  }

  const queued = () => inQueue('readonly', store => store.getAll());
  const keep = fields => inQueue('readwrite', store => store.put({ id: fields[idField], fields, keptAt: new Date().toISOString() }));
  const forget = id => inQueue('readwrite', store => store.delete(id));

  function say(message, { focus = false } = {}) {
    for (const region of document.querySelectorAll('[data-offline-queue]')) {
      region.hidden = !message;
      region.innerHTML = '';
      if (message) {
        const inset = document.createElement('div');
        inset.className = 'nhsuk-inset-text';
        inset.setAttribute('role', 'status');
        inset.tabIndex = -1;
        const text = document.createElement('p');
        text.textContent = message;
        inset.append(text);
        region.append(inset);
        if (focus) {
          inset.focus();
          inset.scrollIntoView({ block: 'center' });
        }
      }
    }
  }

  async function showQueue() {
    const count = (await queued()).length;
    say(count === 0 ? '' : `${count === 1 ? '1 log is' : `${count} logs are`} kept on this phone and will be sent when you have signal.`);
    return count;
  }

  function currentToken() {
    return document.querySelector(`input[name="${tokenField}"]`)?.value ?? '';
  }

  // Only the sync handler's JSON counts as sent (a redirect to a sign-in page would also end in 200).
  const isSent = response => response.ok && (response.headers.get('content-type') ?? '').includes('json');

  function send(fields) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      body.append(name, value);
    }
    body.set(tokenField, currentToken());
    return fetch(syncUrl, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  }

  // Sends what the phone kept, oldest first; stops at the first one the network or service cannot take.
  async function sendQueue() {
    if (sending || !navigator.onLine) return;
    sending = true;
    let sent = 0;
    const refused = [];
    try {
      const logs = (await queued()).sort((a, b) => a.keptAt.localeCompare(b.keptAt));
      for (const log of logs) {
        let response;
        try {
          response = await send(log.fields);
        } catch {
          break;
        }
        if (isSent(response)) {
          await forget(log.id);
          sent++;
        } else if (response.status === 400) {
          await forget(log.id);
          refused.push(['Day', 'Month', 'Year'].map(part => log.fields[`Input.Date.${part}`]).join('/'));
        } else {
          break;
        }
      }
    } finally {
      sending = false;
    }
    const left = await showQueue();
    if (left === 0 && (sent > 0 || refused.length > 0)) {
      say([
        sent > 0 ? `${sent === 1 ? 'Your log' : `${sent} logs`} made without signal ${sent === 1 ? 'has' : 'have'} been sent.` : '',
        refused.length > 0 ? `Logs for ${refused.join(', ')} were not accepted: log them again to see why.` : '',
      ].join(' ').trim());
    }
  }

  function freshId(form) {
    const field = form.querySelector(`input[name="${idField}"]`);
    if (field && crypto.randomUUID) field.value = crypto.randomUUID();
  }

  // Back to how the page came (today's date, the one organisation chosen), with nothing of the kept log
  // left in it: neither what was typed nor the errors an earlier attempt showed.
  function clearForNext(form) {
    form.reset();
    for (const name of ['Input.Hours', 'Input.Minutes', 'Input.Note']) {
      const field = form.elements.namedItem(name);
      if (field) field.value = '';
    }
    document.querySelectorAll('.nhsuk-error-summary, .nhsuk-error-message').forEach(error => error.remove());
    form.querySelectorAll('[aria-describedby]').forEach(field => {
      const rest = field.getAttribute('aria-describedby').split(' ').filter(id => id && !id.endsWith('-error'));
      if (rest.length > 0) field.setAttribute('aria-describedby', rest.join(' '));
      else field.removeAttribute('aria-describedby');
    });
    for (const kind of ['form-group', 'input', 'select', 'textarea']) {
      document.querySelectorAll(`.nhsuk-${kind}--error`).forEach(element => element.classList.remove(`nhsuk-${kind}--error`));
    }
    document.title = document.title.replace(/^Error: /, '');
    freshId(form);
  }

  function watchForm(form) {
    // A page served from the phone's cache carries an id already used: make a new one.
    freshId(form);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const fields = Object.fromEntries(new FormData(form));
      // Cleared at once, so the same hours are not logged twice, and said where the eye is.
      const keepForLater = async () => {
        await keep(fields);
        clearForNext(form);
        const count = await showQueue();
        say(`Saved. ${count === 1 ? '1 log is' : `${count} logs are`} kept on this phone and will be sent when you have signal. The form is clear for your next log.`, { focus: true });
      };
      if (!navigator.onLine) {
        await keepForLater();
        return;
      }
      let response;
      try {
        response = await send(fields);
      } catch {
        await keepForLater();
        return;
      }
      if (isSent(response)) {
        window.location.assign(`/volunteer/hours?logged=${encodeURIComponent(fields[idField])}`);
      } else if (response.status === 503) {
        await keepForLater();
      } else {
        // Errors to show next to the fields: let the server render the page as it does without JavaScript.
        form.submit();
      }
    });
  }

  if (!('indexedDB' in window)) return;
  const form = document.querySelector('[data-log-hours-form]');
  if (form) watchForm(form);
  window.addEventListener('online', sendQueue);
  setInterval(sendQueue, retryEveryMs);
  showQueue().then(count => count > 0 && sendQueue());

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/service-worker.js', { scope: '/volunteer/' }).catch(() => {});
  }
})();
