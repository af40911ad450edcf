// Browser test: the classic notebook server (Debian jupyter-notebook) on 127.0.0.1 and headless
// Debian Chromium driven by playwright-core. Opens a tutorial, runs Kernel > Restart & Run All,
// waits until every cell has run, and checks that chart images rendered and no error appeared.
// A notebook that calls interact( must show its sliders (Debian's jupyter-js-widgets front end);
// then the first slider is moved with the keyboard and its chart must be redrawn in place for the
// new value, a burst of moves must end on the last value, and a slider that makes the model fail
// must show the failure in place and the next move the chart again. Prints how long a move took to
// redraw (keydown to the new image in the page), and saves a screenshot of the slider's cell.
// Every chart must be drawn with two pixels per CSS pixel and shown at its own size (crisp on high-DPI
// screens), and the charts a tutorial is known to draw must have their shapes (a raster, stacked
// panels). Then that the Help menu links to the API's Javadoc that install.sh installed, and that the link opens it.
//
//   node notebooks/tests/browser_test.mjs [notebook ...]     (from the repository root)
//
// Needs: the neuron-java kernelspec installed, /usr/bin/chromium, jupyter-notebook, and
// `npm ci` in notebooks/tests (playwright-core only; it never downloads a browser).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(new URL('../..', import.meta.url).pathname);
// Charts each tutorial draws, by the CSS size they are shown at: tutorial 5's run saves two units
// (mV and uS), so its chart has two panels sharing time (640 x 580), and its raster is 640 x 320.
const shapes = {
  '05-synapses-network.ipynb': [[640, 580, 'the run chart: two stacked panels'], [640, 320, 'the raster']],
};
const notebooks = process.argv.slice(2).length ? process.argv.slice(2) : ['notebooks/01-action-potential.ipynb'];
const port = 18800 + Math.floor(Math.random() * 100);
const token = 'neuron-kernel-browser-test';

const work = mkdtempSync(join(tmpdir(), 'nb-browser-'));
for (const nb of notebooks) cpSync(resolve(root, nb), join(work, basename(nb)));

const server = spawn('jupyter-notebook', ['--no-browser', '--ip=127.0.0.1', `--port=${port}`,
  `--NotebookApp.token=${token}`, '--NotebookApp.open_browser=False', '--allow-root', `--notebook-dir=${work}`],
  { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', d => { serverLog += d; });
server.stderr.on('data', d => { serverLog += d; });

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/status?token=${token}`);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  throw new Error('notebook server did not start:\n' + serverLog);
}

async function runNotebook(browser, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push('page error: ' + e.message));
  await page.goto(`http://127.0.0.1:${port}/notebooks/${name}?token=${token}`);
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60000 });
  await page.click('#kernellink');
  await page.click('#restart_run_all');
  await page.click('.modal-footer button.btn-danger');      // "Restart and Run All Cells"
  const cells = await page.locator('.code_cell').count();
  // every code cell gets an execution count once it has run; the kernel is idle at the end
  await page.waitForFunction(n => {
    const prompts = [...document.querySelectorAll('.code_cell .input_prompt')].map(p => p.textContent);
    return prompts.length === n && prompts.every(p => /\[\d+\]/.test(p))
      && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
  }, cells, { timeout: 240000, polling: 500 });
  const images = await page.locator('.output_png img').count();
  // each chart: its natural size (the PNG's pixels) and the size it is shown at
  const sizes = await page.$$eval('.output_png img', imgs => imgs.map(i => [i.naturalWidth, i.naturalHeight, i.width, i.height]));
  const failures = await page.locator('.output_error').allTextContents();
  const widgets = readFileSync(join(work, name), 'utf8').includes('interact(') ? await checkSliders(page, name) : null;
  await page.screenshot({ path: join(work, name.replace('.ipynb', '.png')), fullPage: true });
  await page.close();
  return { name, cells, images, failures, errors, widgets, sizes };
}

// --- widgets -----------------------------------------------------------------------------------

const idle = () => document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;

/** The interact display of a cell, as the notebook holds it (its text names the chart's title). */
async function interactOutput(page, cell) {
  return page.evaluate(i => {
    const o = Jupyter.notebook.get_cell(i).output_area.outputs
      .find(o => ((o.transient || {}).display_id || '').startsWith('neuron-interact-'));
    return o ? { text: o.data['text/plain'] || '', png: 'image/png' in o.data, html: o.data['text/html'] || '' } : null;
  }, cell);
}

/** Presses a key on a slider's handle; returns ms from keydown to a new chart image in the cell's output. */
async function timedMove(page, cell, handle, key) {
  await page.evaluate(i => {
    const area = Jupyter.notebook.get_cell(i).output_area.element[0];
    const old = area.querySelector('.output_png img');
    const lat = window.__lat = { src: old ? old.src : null };
    document.addEventListener('keydown', () => { lat.key = performance.now(); }, { capture: true, once: true });
    const seen = () => {
      const img = area.querySelector('.output_png img');
      if (img && img.src !== lat.src && lat.drawn === undefined) { lat.drawn = performance.now(); obs.disconnect(); }
    };
    const obs = new MutationObserver(seen);
    obs.observe(area, { childList: true, subtree: true, attributes: true });
  }, cell);
  await handle.press(key);
  await page.waitForFunction(() => window.__lat.drawn !== undefined, null, { timeout: 30000, polling: 'raf' });
  return page.evaluate(() => window.__lat.drawn - window.__lat.key);
}

/** Waits (up to 30 s) until the cell's interact display satisfies {@code test}; false if it never does. */
async function outputChanges(page, cell, test) {
  for (let waited = 0; waited < 30000; waited += 100) {
    const o = await interactOutput(page, cell);
    if (o && test(o)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

async function readout(handleCell, n) {
  return (await handleCell.locator('.widget-readout').nth(n).textContent()).trim();
}

async function checkSliders(page, name) {
  const problems = [];
  const sliderCells = await page.evaluate(() => Jupyter.notebook.get_cells()
    .map((c, i) => c.element.find('.widget-area .ui-slider-handle').length ? i : -1).filter(i => i >= 0));
  if (sliderCells.length === 0) return { problems: ['no slider shown (is the jupyter-js-widgets nbextension enabled?)'] };
  const first = sliderCells[0];
  const cell = page.locator('#notebook-container > .cell').nth(first);
  const handle = cell.locator('.ui-slider-handle').first();
  // single moves: each redraws the chart for the new value
  const times = [];
  for (let k = 0; k < 5; k++) {
    times.push(await timedMove(page, first, handle, 'ArrowRight'));
    await page.waitForFunction(idle, null, { timeout: 30000 });
    const value = await readout(cell, 0);
    const out = await interactOutput(page, first);
    if (!out || !out.png || !out.text.includes(value + ' nA')) problems.push(`after a move to ${value} the chart is ${out && out.text}`);
  }
  // a burst of moves: the kernel runs the model fewer times, and the chart ends on the last value
  let updates = 0;
  await page.evaluate(() => {
    window.__updates = 0;
    Jupyter.notebook.events.on('output_updated.OutputArea', () => { window.__updates++; });
  });
  for (let k = 0; k < 8; k++) await handle.press('ArrowLeft');
  const last = await readout(cell, 0);
  await outputChanges(page, first, o => o.text.includes(last + ' nA'));
  await page.waitForTimeout(1000); // a redraw still on its way would come now
  updates = await page.evaluate(() => window.__updates);
  const out = await interactOutput(page, first);
  if (!out || !out.text.includes(last + ' nA')) problems.push(`after a burst of moves to ${last} the chart is ${out && out.text}`);
  await cell.screenshot({ path: join(work, name.replace('.ipynb', '-slider.png')) });
  // a model that fails: its failure in place of its output, and the next move draws again
  let failure = 'not tried';
  if (sliderCells.length > 1) {
    const second = sliderCells[1];
    const cell2 = page.locator('#notebook-container > .cell').nth(second);
    const handles = cell2.locator('.ui-slider-handle');
    await handles.last().press('Home');
    await outputChanges(page, second, o => /Exception/.test(o.text));
    const failed = await interactOutput(page, second);
    await cell2.screenshot({ path: join(work, name.replace('.ipynb', '-failure.png')) });
    await handles.last().press('End');
    await outputChanges(page, second, o => o.html.includes('<img'));
    const back = await interactOutput(page, second);
    failure = failed && /Exception/.test(failed.text) && !failed.png ? 'shown' : 'NOT shown: ' + (failed && failed.text);
    if (!failure.startsWith('shown')) problems.push('a failing model: ' + failure);
    if (!back || !back.html.includes('<img')) problems.push('after the failure the next move did not draw the chart: ' + (back && back.text));
  }
  return { sliders: await page.locator('.widget-area .ui-slider-handle').count(), times, burst: updates, failure, problems };
}

// The kernel's help_links go to the Help menu; the first is the Javadoc install.sh put beside the kernel.
async function checkHelpLink(browser, name) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/notebooks/${name}?token=${token}`);
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60000 });
  const link = page.locator('#help_menu a', { hasText: 'neuron-kernel API (Javadoc)' });
  await link.waitFor({ state: 'attached', timeout: 30000 });
  const href = await link.evaluate(a => a.href);
  const response = await page.goto(href);
  const title = await page.title();
  await page.close();
  const ok = response.ok() && title.includes('neuron-kernel API');
  console.log(`${ok ? 'ok  ' : 'FAIL'} Help menu: "neuron-kernel API (Javadoc)" -> ${href}: ${response.status()} "${title}"`);
  return ok;
}

let failed = false;
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  for (const nb of notebooks) {
    const r = await runNotebook(browser, basename(nb));
    const w = r.widgets;
    const ok = r.images > 0 && r.failures.length === 0 && r.errors.length === 0 && (!w || w.problems.length === 0);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.cells} code cells run, ${r.images} chart images, `
      + `${r.failures.length} error outputs ${r.failures.concat(r.errors).join(' | ').slice(0, 500)}`);
    if (w) {
      const ms = (w.times || []).map(t => Math.round(t));
      console.log(`     widgets: ${w.sliders || 0} sliders; slider move to redrawn chart ${ms.join(', ')} ms`
        + ` (median ${ms.sort((a, b) => a - b)[ms.length >> 1]} ms); 8 quick moves redrew ${w.burst} times;`
        + ` a failing model's error ${w.failure} ${w.problems.join(' | ')}`);
    }
    failed ||= !ok;
    const hidpi = r.sizes.every(([nw, nh, w, h]) => w > 0 && nw === 2 * w && nh === 2 * h);
    console.log(`${hidpi ? 'ok  ' : 'FAIL'} ${r.name}: every chart has twice the pixels it is shown at: `
      + r.sizes.map(([nw, nh, w, h]) => `${nw}x${nh} shown ${w}x${h}`).join(', '));
    failed ||= !hidpi;
    for (const [w, h, what] of shapes[r.name] || []) {
      const found = r.sizes.some(([nw, nh, sw, sh]) => sw === w && sh === h && nw === 2 * w && nh === 2 * h);
      console.log(`${found ? 'ok  ' : 'FAIL'} ${r.name}: ${what}, shown ${w}x${h} from a ${2 * w}x${2 * h} PNG`);
      failed ||= !found;
    }
  }
  failed ||= !(await checkHelpLink(browser, basename(notebooks[0])));
  await browser.close();
} catch (e) {
  console.error('browser test failed: ' + e.stack);
  failed = true;
} finally {
  server.kill('SIGTERM');
  await sleep(500);
  if (process.env.SCREENSHOTS) { // keep the screenshots to look at them: SCREENSHOTS=DIR
    for (const nb of notebooks) {
      for (const suffix of ['.png', '-slider.png', '-failure.png']) {
        const png = basename(nb).replace('.ipynb', suffix);
        try { cpSync(join(work, png), join(process.env.SCREENSHOTS, png)); } catch (e) { /* not taken */ }
      }
    }
  }
  if (!failed) rmSync(work, { recursive: true, force: true });
  else console.error('kept ' + work + ' (screenshots)');
}
process.exit(failed ? 1 : 0);
