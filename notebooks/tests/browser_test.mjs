// Browser test: the classic notebook server (Debian jupyter-notebook) on 127.0.0.1 and headless
// Debian Chromium driven by playwright-core. Opens a tutorial, runs Kernel > Restart & Run All,
// waits until every cell has run, and checks that chart images rendered and no error appeared, that
// every chart is drawn with two pixels per CSS pixel and shown at its own size (crisp on high-DPI
// screens), and that the charts a tutorial is known to draw have their shapes (a raster, stacked panels).
//
//   node notebooks/tests/browser_test.mjs [notebook ...]     (from the repository root)
//
// Needs: the neuron-java kernelspec installed, /usr/bin/chromium, jupyter-notebook, and
// `npm ci` in notebooks/tests (playwright-core only; it never downloads a browser).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
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
  await page.screenshot({ path: join(work, name.replace('.ipynb', '.png')), fullPage: true });
  await page.close();
  return { name, cells, images, failures, errors, sizes };
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
    const ok = r.images > 0 && r.failures.length === 0 && r.errors.length === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.cells} code cells run, ${r.images} chart images, `
      + `${r.failures.length} error outputs ${r.failures.concat(r.errors).join(' | ').slice(0, 500)}`);
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
  await browser.close();
} catch (e) {
  console.error('browser test failed: ' + e.stack);
  failed = true;
} finally {
  server.kill('SIGTERM');
  await sleep(500);
  if (process.env.SCREENSHOTS) { // keep the screenshots to look at them: SCREENSHOTS=DIR
    for (const nb of notebooks) {
      const png = basename(nb).replace('.ipynb', '.png');
      try { cpSync(join(work, png), join(process.env.SCREENSHOTS, png)); } catch (e) { /* not taken */ }
    }
  }
  if (!failed) rmSync(work, { recursive: true, force: true });
  else console.error('kept ' + work + ' (screenshots)');
}
process.exit(failed ? 1 : 0);
