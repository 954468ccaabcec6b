// The analytics charts, drawn from the figures the page carries as JSON (no inline script: see the CSP). A chart
// with nothing in it says so instead of drawing empty axes.
const data = JSON.parse(document.getElementById('chart-data').textContent);
for (const [name, values] of Object.entries(data)) {
  const canvas = document.getElementById('chart-' + name);
  if (!canvas) {
    continue;
  }
  if (Object.values(values).every(value => !value)) {
    const empty = document.createElement('p');
    empty.className = 'text-muted chart-empty';
    empty.id = 'chart-' + name + '-empty';
    empty.textContent = 'Nothing to show yet for these dates.';
    canvas.replaceWith(empty);
    continue;
  }
  new Chart(canvas, {
    type: 'bar',
    data: { labels: Object.keys(values), datasets: [{ label: 'Requests', data: Object.values(values) }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
}
