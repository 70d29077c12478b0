/** Styles inside the page UI's shadow root; page CSS cannot reach them and they cannot leak out. */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); display: flex; gap: 12px; align-items: center;
  max-width: min(90vw, 560px); padding: 10px 14px; border-radius: 8px; background: #1f2328; color: #fff; font-size: 14px;
  line-height: 1.4; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.toast button { font: inherit; color: #ffd666; background: none; border: 1px solid transparent; border-radius: 4px; cursor: pointer; padding: 2px 6px; }
.toast button:focus-visible { outline: 2px solid #ffd666; outline-offset: 2px; }

.save-button { position: fixed; padding: 3px 10px; border-radius: 6px; border: 1px solid #a40e0e; background: #c41d1d; color: #fff;
  font-size: 13px; line-height: 1.4; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.save-button[hidden] { display: none; }
.save-button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }

.card { position: fixed; width: min(360px, 92vw); max-height: 60vh; overflow: auto; padding: 12px 14px; border-radius: 8px;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(0,0,0,.25); font-size: 14px; line-height: 1.5; }
.card-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.card-term { font-size: 16px; color: #c41d1d; }
.card-items { margin: 8px 0; padding-left: 1.6em; }
.card-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
.card-facts dt { color: #6b7280; } .card-facts dd { margin: 0; }
.card-note { color: #57606a; font-size: 13px; margin: 6px 0; }
.card-actions { display: flex; gap: 8px; align-items: center; }
.card button { font: inherit; padding: 2px 8px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; color: inherit; cursor: pointer; }
.card button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .card { background: #22272e; color: #e6edf3; border-color: #444c56; } .card button { background: #2d333b; } }
`;
