// Draws bench results as a self-contained SVG bar chart (no chart library): MB/s on a log scale,
// one panel for the articles workload (every tool) and one for wirecopy on scaling and adversarial inputs.

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {any} results the object written to bench/results.json */
export function drawChart(results) {
  const panels = [
    {
      title: `Articles: MB/s, each article parsed on its own (${results.articles.articles} articles)`,
      bars: results.articles.rows.filter((row) => row.mbPerS).map((row) => ({ label: row.tool, value: row.mbPerS, own: row.tool.startsWith('wirecopy') })),
    },
    {
      title: 'wirecopy on one large or hostile input: MB/s',
      bars: [...results.scaling, ...results.adversarial].filter((row) => row.tool === 'wirecopy' && row.mbPerS).map((row) => ({ label: row.input, value: row.mbPerS, own: true })),
    },
  ];
  const all = panels.flatMap((panel) => panel.bars.map((bar) => bar.value));
  const low = 10 ** Math.floor(Math.log10(Math.min(...all, 1)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...all, 10)));
  const width = 760;
  const labelWidth = 230;
  const plotWidth = width - labelWidth - 70;
  const barHeight = 18;
  const gap = 6;
  const x = (value) => labelWidth + (plotWidth * Math.log10(value / low)) / Math.log10(high / low);
  const parts = [];
  let y = 44;
  for (const panel of panels) {
    parts.push(`<text x="12" y="${y}" class="title">${escape(panel.title)}</text>`);
    y += 12;
    const top = y;
    for (const bar of panel.bars) {
      const end = x(bar.value);
      parts.push(`<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escape(bar.label)}</text>`);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${Math.max(1, end - labelWidth).toFixed(1)}" height="${barHeight}" class="${bar.own ? 'own' : 'peer'}"/>`);
      parts.push(`<text x="${(end + 6).toFixed(1)}" y="${y + 13}">${bar.value >= 10 ? bar.value.toFixed(0) : bar.value.toFixed(2)}</text>`);
      y += barHeight + gap;
    }
    for (let tick = low; tick <= high; tick *= 10) {
      parts.push(`<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${top - 4}" y2="${y}" class="grid"/>`);
      parts.push(`<text x="${x(tick).toFixed(1)}" y="${y + 12}" text-anchor="middle" class="tick">${tick}</text>`);
    }
    y += 40;
  }
  const m = results.machine;
  const caption = `${m.cpu}, Node ${m.node}, ${results.date.slice(0, 10)}${results.quick ? ', --quick' : ''}; MB/s on a log scale, median of ${results.runs} runs`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, sans-serif" font-size="12">
<style>.title{font-weight:600;font-size:13px}.own{fill:#2f6fb0}.peer{fill:#9aa5b1}.grid{stroke:#ddd}.tick{fill:#666;font-size:10px}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="12" y="20" class="tick">${escape(caption)}</text>
${parts.join('\n')}
</svg>
`;
}
