// "Print this page" on the printable confirmation (a file of its own: the Content-Security-Policy allows no inline script)
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
