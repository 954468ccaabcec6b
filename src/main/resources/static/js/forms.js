// A form that came back with errors: the focus goes to the summary at the top, and each error in it is a link that
// puts the focus in its field (a file of its own: the Content-Security-Policy allows no inline script).
(function () {
  const summary = document.getElementById('form-errors');
  if (!summary) {
    return;
  }
  // the server lists the errors in the order its checks ran: put them in the order of their fields on the page
  const list = summary.querySelector('ul');
  const target = item => {
    const link = item.querySelector('a[href^="#"]');
    return link && document.getElementById(link.getAttribute('href').substring(1));
  };
  const items = Array.from(list ? list.children : []);
  items.sort((a, b) => {
    const first = target(a);
    const second = target(b);
    if (!first || !second) {
      return (first ? 1 : 0) - (second ? 1 : 0);
    }
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }).forEach(item => list.appendChild(item));
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
