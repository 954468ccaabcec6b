// A form that came back with errors: the focus goes to the summary at the top, and each error in it is a link that
// puts the focus in its field (a file of its own: the Content-Security-Policy allows no inline script).
(function () {
  const summary = document.getElementById('form-errors');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.querySelectorAll('a[href^="#"]').forEach(link => link.addEventListener('click', event => {
    const field = document.getElementById(link.getAttribute('href').substring(1));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  }));
})();
