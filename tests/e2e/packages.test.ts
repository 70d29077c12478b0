// What `wxt zip` packs for the stores (the global setup runs it for both browsers): what the manifest asks
// for, that nothing is fetched from elsewhere, and that running the extension sends nothing anywhere.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { launchWithExtension } from './browser';
import { servePages } from '../serve';

const zipOf = (suffix: string) => {
  const name = readdirSync('.output').find((f) => f.endsWith(`-${suffix}.zip`));
  if (!name) throw new Error(`no .output/*-${suffix}.zip: run npm run zip and npm run zip:firefox`);
  return unzipSync(readFileSync(`.output/${name}`));
};

describe.each(['chrome', 'firefox'])('the %s package', (browser) => {
  const files = zipOf(browser);
  const manifest = JSON.parse(strFromU8(files['manifest.json']));

  test('asks only for what its features need, and exposes nothing to pages', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined(); // the browser's strict default: no remote or inline code
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['<all_urls>'], js: ['loader.js'], all_frames: true, match_about_blank: true }),
    ]);
    if (browser === 'firefox') expect(manifest.browser_specific_settings.gecko.id).toBe('tifa@tifa.invalid');
  });

  test('has its icons and its name and description in Chinese and English', () => {
    for (const size of ['16', '32', '48', '128']) expect(files[manifest.icons[size]]).toBeDefined();
    expect(manifest.default_locale).toBe('zh_CN');
    for (const locale of ['zh_CN', 'en']) {
      const messages = JSON.parse(strFromU8(files[`_locales/${locale}/messages.json`]));
      expect(messages.extName.message).toBeTruthy();
      expect(messages.extDescription.message).toBeTruthy();
    }
  });

  test('carries all its code: no remote scripts, no eval', () => {
    for (const [name, data] of Object.entries(files)) {
      const text = strFromU8(data);
      if (name.endsWith('.html')) expect(text).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//);
      if (name.endsWith('.js')) expect(text).not.toMatch(/\bimportScripts\(|\beval\(|new Function\(/);
    }
  });
});

test('the Firefox package comes with the sources zip the add-on store asks for', () => {
  expect(Object.keys(zipOf('sources'))).toContain('package.json');
});

test('using the extension sends no request anywhere but the page being read', async () => {
  const { server, url } = await servePages(0);
  const b = await launchWithExtension();
  const requests: string[] = [];
  b.context.on('request', (r) => requests.push(r.url()));
  try {
    const page = await b.context.newPage();
    await page.goto(url + '/demo.html');
    await page.waitForFunction(() => CSS.highlights.size > 0);
    for (const path of ['popup.html', 'library.html', 'options.html']) await (await b.openExtensionPage(path)).waitForLoadState('networkidle');
    const outside = requests.filter((u) => !u.startsWith(url) && !u.startsWith(`chrome-extension://${b.extensionId}/`));
    expect(outside).toEqual([]);
  } finally {
    await b.close();
    server.close();
  }
});
