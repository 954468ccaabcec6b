// The analytics charts, drawn from the figures the page carries as JSON (no inline script: see the CSP)
const data = JSON.parse(document.getElementById('chart-data').textContent);
for (const [name, values] of Object.entries(data)) {
  new Chart(document.getElementById('chart-' + name), {
    type: 'bar',
    data: { labels: Object.keys(values), datasets: [{ label: 'Requests', data: Object.values(values) }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
}
