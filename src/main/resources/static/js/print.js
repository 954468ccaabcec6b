// "Print this page" on the printable confirmation (a file of its own: the Content-Security-Policy allows no inline
// script). The button shows only where this script runs; the page's text names the keyboard's way for the rest.
document.querySelectorAll('[data-print]').forEach(button => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
