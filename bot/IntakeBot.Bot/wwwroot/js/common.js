// Shared by the Web Chat page (/) and the light widget (/licht): settings from the address, labels from
// /api/widget/texts, the session in sessionStorage, the Direct Line session endpoint, read-aloud and quick exit.
// Plain ES2017, no dependencies.
(function () {
  'use strict';

  var STORE_KEY = 'intakebot.session';
  var DEFAULT_COLOR = '#0b5394';
  var LANGUAGES = ['nl', 'en'];
  // Set by quick exit: a request still under way must not write the session back after it was cleared.
  var leaving = false;

  function settings() {
    var query = new URLSearchParams(location.search);
    var root = document.documentElement.dataset;
    var organisation = (query.get('organisation') || root.organisation || '').toLowerCase();
    var language = (query.get('lang') || query.get('language') || root.language || 'nl').toLowerCase();
    return {
      organisationId: /^[a-z0-9-]{1,64}$/.test(organisation) ? organisation : '',
      language: LANGUAGES.indexOf(language) >= 0 ? language : 'nl',
      color: query.get('color') || root.color || '',
      embedded: window.top !== window,
      transport: query.get('transport') || ''
    };
  }

  // The organisation's colour is used only when white text on it is readable (WCAG AA, 4.5:1).
  function luminance(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  function safeColor(color) {
    if (!/^#[0-9a-fA-F]{6}$/.test(color || '')) return DEFAULT_COLOR;
    return 1.05 / (luminance(color) + 0.05) >= 4.5 ? color : DEFAULT_COLOR;
  }

  function applyColor(color) {
    var accent = safeColor(color);
    document.documentElement.style.setProperty('--accent', accent);
    return accent;
  }

  function loadTexts(language) {
    return fetch('/api/widget/texts?lang=' + encodeURIComponent(language), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error('texts ' + r.status); return r.json(); });
  }

  function applyTexts(texts, language) {
    document.documentElement.lang = language;
    if (texts['page.title']) document.title = texts['page.title'];
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (el) {
      var t = texts[el.getAttribute('data-text')];
      if (t) el.textContent = t;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-text-label]'), function (el) {
      var t = texts[el.getAttribute('data-text-label')];
      if (t) el.setAttribute('aria-label', t);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-text-placeholder]'), function (el) {
      var t = texts[el.getAttribute('data-text-placeholder')];
      if (t) el.setAttribute('placeholder', t);
    });
    var other = language === 'nl' ? 'en' : 'nl';
    Array.prototype.forEach.call(document.querySelectorAll('[data-switch-language]'), function (el) {
      el.setAttribute('lang', other);
    });
  }

  function loadSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      return s && s.conversationId && s.token ? s : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    if (leaving) return;
    try { sessionStorage.setItem(STORE_KEY, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function jwtUser(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var claims = JSON.parse(atob(part));
      return typeof claims.user === 'string' ? claims.user : '';
    } catch (e) {
      return '';
    }
  }

  function randomId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function postJson(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}), credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { var e = new Error(url + ' ' + r.status); e.status = r.status; throw e; }
        return r.json();
      });
  }

  function withExpiry(session, answer) {
    session.token = answer.token || session.token;
    if (answer.conversationId) session.conversationId = answer.conversationId;
    if (answer.streamUrl) session.streamUrl = answer.streamUrl;
    var seconds = Number(answer.expires_in || answer.expiresIn || 1800);
    session.expiresAt = Date.now() + seconds * 1000;
    session.userId = answer.userId || jwtUser(session.token) || session.userId || 'dl_' + randomId();
    return session;
  }

  // A new conversation: the page never sees the Direct Line secret, only a token for this one conversation.
  function startSession(config) {
    return postJson('/api/directline/session', { organisationId: config.organisationId, language: config.language })
      .then(function (answer) {
        var session = withExpiry({ organisationId: config.organisationId, language: config.language, joined: false, watermark: '' }, answer);
        saveSession(session);
        return session;
      });
  }

  // Refreshes through the session endpoint, or the standard Direct Line refresh when that is not there.
  function refreshSession(session) {
    return postJson('/api/directline/session/refresh', { conversationId: session.conversationId }, session.token)
      .catch(function (e) {
        if (e.status !== 404 && e.status !== 405) throw e;
        return postJson('/v3/directline/tokens/refresh', {}, session.token);
      })
      .then(function (answer) {
        withExpiry(session, answer);
        saveSession(session);
        return session;
      });
  }

  // Resumes the stored conversation (refreshing a token that is about to expire) or starts a new one.
  function openSession(config) {
    var stored = loadSession();
    if (!stored) return startSession(config);
    if (stored.expiresAt - Date.now() > 60000) return Promise.resolve(stored);
    return refreshSession(stored).catch(function () {
      clearSession();
      return startSession(config);
    });
  }

  function clearSession() {
    try { sessionStorage.clear(); } catch (e) { /* nothing stored */ }
  }

  function scheduleRefresh(session, onRefreshed) {
    var delay = Math.max(30000, (session.expiresAt - Date.now()) / 2);
    return setTimeout(function again() {
      refreshSession(session).then(function (s) {
        if (onRefreshed) onRefreshed(s);
        setTimeout(again, Math.max(30000, (s.expiresAt - Date.now()) / 2));
      }, function () { setTimeout(again, 30000); });
    }, delay);
  }

  var speechLanguage = { nl: 'nl-NL', en: 'en-GB' };

  function canSpeak() {
    return typeof window.speechSynthesis !== 'undefined' && typeof window.SpeechSynthesisUtterance !== 'undefined';
  }

  function speak(text, language) {
    if (!canSpeak() || !text) return;
    var lang = speechLanguage[language] || 'nl-NL';
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    var voice = speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.replace('_', '-').indexOf(lang.substr(0, 2)) === 0; })[0];
    if (voice) utterance.voice = voice;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  }

  // Quick exit: leave no trace in this tab. The page is replaced (not pushed), so Back does not return to the chat.
  // Inside an iframe (embed.js) the top page is replaced too when the host site allows it; the parent also gets a
  // message so that embed.js can do it when the browser refuses.
  function quickExit(exitUrl) {
    var url = /^https?:\/\//.test(exitUrl || '') ? exitUrl : 'https://www.google.nl/search?q=weer';
    leaving = true;
    clearSession();
    try { if (canSpeak()) speechSynthesis.cancel(); } catch (e) { /* ignore */ }
    document.body.textContent = '';
    if (window.top !== window) {
      try { window.parent.postMessage({ type: 'intakebot:exit', url: url }, '*'); } catch (e) { /* ignore */ }
      try { window.top.location.replace(url); } catch (e) { /* cross-origin without permission: embed.js acts */ }
    }
    location.replace(url);
  }

  function wireQuickExit(button, getExitUrl) {
    button.addEventListener('click', function () { quickExit(getExitUrl()); });
    var presses = [];
    window.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') return;
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < 3000; });
      presses.push(now);
      if (presses.length >= 3) quickExit(getExitUrl());
    }, true);
  }

  window.IntakeWidget = {
    settings: settings,
    applyColor: applyColor,
    loadTexts: loadTexts,
    applyTexts: applyTexts,
    loadSession: loadSession,
    saveSession: saveSession,
    openSession: openSession,
    startSession: startSession,
    refreshSession: refreshSession,
    scheduleRefresh: scheduleRefresh,
    clearSession: clearSession,
    canSpeak: canSpeak,
    speak: speak,
    quickExit: quickExit,
    wireQuickExit: wireQuickExit,
    randomId: randomId
  };
})();
