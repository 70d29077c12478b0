/** Styles inside the page UI's shadow root; page CSS cannot reach them and they cannot leak out. */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); display: flex; gap: 12px; align-items: center;
  max-width: min(90vw, 560px); padding: 10px 14px; border-radius: 8px; background: #1f2328; color: #fff; font-size: 14px;
  line-height: 1.4; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.toast button { font: inherit; color: #ffd666; background: none; border: 1px solid transparent; border-radius: 4px; cursor: pointer; padding: 2px 6px; }
.toast button:focus-visible { outline: 2px solid #ffd666; outline-offset: 2px; }
`;
