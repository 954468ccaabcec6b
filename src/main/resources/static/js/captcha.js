// The security code's proof of work (Captcha.java): the browser finds the number whose SHA-256 with the salt is the
// challenge, so nobody has to read the image. A form sent before the answer is found waits for it (unless a code was
// typed or "try a new code" was pressed). Without Web Crypto (a page served over plain HTTP) the image stays the way.
(function () {
  const box = document.querySelector('[data-proof-of-work]');
  if (!box || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  const form = box.closest('form');
  const status = document.getElementById('captcha-proof-status');
  const answer = box.querySelector('input[name=captchaProof]');
  const typed = document.getElementById('captcha');
  const salt = box.dataset.salt;
  const challenge = box.dataset.challenge;
  const max = Number(box.dataset.max);
  const encoder = new TextEncoder();
  const hex = buffer => Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, '0')).join('');
  let pending = false;
  let waiting = null;

  status.hidden = false;
  status.textContent = 'Your browser is answering the security check for you…';
  form.addEventListener('submit', event => {
    const submitter = event.submitter;
    if (answer.value || (typed && typed.value.trim()) || (submitter && submitter.name === 'newCode')) {
      return;
    }
    event.preventDefault();
    pending = true;
    waiting = submitter || null;
    status.textContent = 'One moment: your browser is finishing the security check, then sends the form.';
  });

  async function solve() {
    const batch = 500;
    for (let start = 0; start <= max; start += batch) {
      const numbers = [];
      for (let n = start; n < start + batch && n <= max; n++) {
        numbers.push(n);
      }
      const hashes = await Promise.all(numbers.map(n => crypto.subtle.digest('SHA-256', encoder.encode(salt + n))));
      const found = hashes.findIndex(hash => hex(hash) === challenge);
      if (found >= 0) {
        return numbers[found];
      }
    }
    return null;
  }

  solve().then(number => {
    if (number === null) {
      status.textContent = 'Your browser could not answer the security check: type the code from the image.';
      return;
    }
    answer.value = String(number);
    status.textContent = 'Done: your browser answered the security check. You do not need to type the code.';
    if (pending) {
      form.requestSubmit(waiting);
    }
  });
})();
