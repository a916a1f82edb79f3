// IntakeBot embed snippet. On an organisation's page:
// <script src="https://HOST/embed.js" data-organisation="kracht-den-haag" data-language="nl" data-color="#0b5394"
//         data-variant="webchat|licht" async></script>
// Adds a launcher button that opens the chat in an iframe. The quick exit inside the iframe replaces this page
// (window.top.location.replace); when the browser refuses that, the iframe posts {type:"intakebot:exit"} and this
// script replaces the page itself.
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="embed.js"][data-organisation]');
  if (!script || window.__intakebotEmbed) return;
  window.__intakebotEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var language = data.language === 'en' ? 'en' : 'nl';
  var color = /^#[0-9a-fA-F]{6}$/.test(data.color || '') ? data.color : '#0b5394';
  var path = data.variant === 'licht' ? '/licht' : '/';
  var query = new URLSearchParams({ organisation: data.organisation || '', lang: language, color: color, embed: '1' });
  var texts = { 'launcher.open': '\u2709', 'launcher.close': '\u2715', 'frame.title': 'Chat' };

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.id = 'intakebot-launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;min-width:56px;min-height:56px;' +
    'padding:12px 20px;border:2px solid #fff;border-radius:28px;background:' + color + ';color:#fff;' +
    'font:600 18px/1.2 system-ui,Arial,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.4)';
  var frame = null;

  function label() {
    launcher.textContent = frame && frame.style.display !== 'none' ? texts['launcher.close'] : texts['launcher.open'];
  }

  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'intakebot-frame';
      frame.src = origin + path + '?' + query.toString();
      frame.title = texts['frame.title'];
      frame.setAttribute('allow', 'autoplay');
      frame.style.cssText = 'position:fixed;right:16px;bottom:88px;z-index:2147483000;width:min(420px,calc(100vw - 32px));' +
        'height:min(640px,calc(100vh - 112px));border:2px solid ' + color + ';border-radius:12px;background:#fff';
      document.body.appendChild(frame);
    } else {
      frame.style.display = frame.style.display === 'none' ? '' : 'none';
    }
    launcher.setAttribute('aria-expanded', frame.style.display === 'none' ? 'false' : 'true');
    label();
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'intakebot:exit') return;
    var url = String(event.data.url || '');
    if (/^https?:\/\//.test(url)) location.replace(url);
  });

  launcher.addEventListener('click', open);
  label();
  function mount() { document.body.appendChild(launcher); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  fetch(origin + '/api/widget/texts?lang=' + language)
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (answer) {
      if (!answer) return;
      texts = answer.texts;
      if (frame) frame.title = texts['frame.title'];
      label();
    })
    .catch(function () { /* the symbols stay */ });
})();
