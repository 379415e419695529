// Who spoke with whom: people as nodes, events (calls, meetings) as edges, drawn by cytoscape
// (loaded on demand, in its own chunk). Beside the drawing, the same graph as lists of links,
// which keyboard and screen-reader users read instead.
import { el, link, fmtDate } from './dom.js';

// Cytoscape measures its container, so it starts once the view is in the document.
function whenConnected(node) {
  return new Promise((resolve) => {
    const check = (n) => { if (node.isConnected) resolve(); else if (n < 600) requestAnimationFrame(() => check(n + 1)); };
    check(0);
  });
}

// graph: {nodes: [{id, name}], edges: [{event, source, target, kind, date}]}; focus: a node id.
export function network(graph, focus) {
  const nodes = graph.nodes || [];
  const edges = (graph.edges || []).filter((e) => e.source !== e.target);
  const box = el('div', { class: 'network', role: 'img', 'aria-label': `Network of ${nodes.length} people and ${edges.length} events` });
  const names = new Map(nodes.map((n) => [String(n.id), n.name]));
  const ready = whenConnected(box).then(() => import('cytoscape')).then(({ default: cytoscape }) => {
    const counts = new Map();
    for (const e of edges) for (const n of [e.source, e.target]) counts.set(String(n), (counts.get(String(n)) || 0) + 1);
    const cy = cytoscape({
      container: box,
      elements: [
        ...nodes.map((n) => ({ data: { id: 'p' + n.id, pid: String(n.id), label: n.name, weight: counts.get(String(n.id)) || 0 }, classes: String(n.id) === String(focus) ? 'focus' : '' })),
        ...edges.map((e, i) => ({ data: { id: 'e' + i, source: 'p' + e.source, target: 'p' + e.target, event: e.event, label: (e.kind || '') + (e.date ? ' ' + e.date : '') } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#0b5cad', width: 'mapData(weight, 0, 10, 14, 36)', height: 'mapData(weight, 0, 10, 14, 36)', color: '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node.focus', style: { 'background-color': '#c2410c', 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 2, 'line-color': '#9fb3c8', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#5c6773', 'text-rotation': 'autorotate' } },
      ],
      layout: { name: nodes.length > 40 ? 'circle' : 'cose', animate: false, randomize: false, nodeRepulsion: 12000, idealEdgeLength: 140, padding: 40 },
      minZoom: 0.2,
      maxZoom: 1.4,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (ev) => { location.hash = '#/person/' + encodeURIComponent(ev.target.data('pid')); });
    cy.on('tap', 'edge', (ev) => { if (ev.target.data('event') !== undefined) location.hash = '#/event/' + encodeURIComponent(ev.target.data('event')); });
    box.dataset.rendered = String(cy.nodes().length);
    return cy;
  });
  const edgeList = el('ul', { class: 'plain small' }, ...edges.map((e) => el('li', {},
    link('/event/' + encodeURIComponent(e.event), `${e.kind || 'event'}${e.date ? ', ' + fmtDate(e.date) : ''}`), ': ',
    link('/person/' + encodeURIComponent(e.source), names.get(String(e.source)) || String(e.source)), ' — ',
    link('/person/' + encodeURIComponent(e.target), names.get(String(e.target)) || String(e.target)))));
  const wrap = el('div', { class: 'network-wrap' }, box,
    el('details', { class: 'network-list' }, el('summary', {}, `The network as a list (${edges.length} events)`), edgeList));
  wrap.ready = ready;
  return wrap;
}
