import { defineConfig } from 'wxt';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const demoUrl = process.env.TIFA_DEMO_URL ?? 'http://127.0.0.1:8765/demo.html';

// Every permission here is one a feature needs; see README "Permissions".
export default defineConfig({
  imports: false,
  vite: () => ({
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'activeTab', 'unlimitedStorage', 'scripting'],
    // The same sites the content script runs on: the background injects the rest of Tifa into pages with Chinese.
    host_permissions: ['<all_urls>'],
    // The loader (entrypoints/loader.ts) in every frame, so articles inside iframes are highlighted too.
    content_scripts: [{ matches: ['<all_urls>'], js: ['loader.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' }],
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    // The CSS Custom Highlight API: every browser Tifa installs on paints without touching the page.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tifa@tifa.invalid', strict_min_version: '140.0' } } }
      : { minimum_chrome_version: '105' }),
  }),
  webExt: {
    binaries: { chrome: chromium },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-sandbox'],
    startUrls: [demoUrl],
  },
});
