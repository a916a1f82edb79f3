// The light widget (/licht): Direct Line 3.0 by hand, for weak phones and slow data. ES2017, no dependencies.
// WebSocket stream when it opens, otherwise polling GET activities?watermark= with backoff. Same events as the
// Web Chat page: webchat/join once per conversation, intake/language on a switch, channelData.organisationId always.
(function () {
  'use strict';
  var W = window.IntakeWidget;
  var config = W.settings();
  var el = {
    log: document.getElementById('log'), live: document.getElementById('live'), actions: document.getElementById('actions'),
    form: document.getElementById('send'), input: document.getElementById('text'), status: document.getElementById('status')
  };
  var state = { texts: {}, exitUrl: '', session: null, seen: {}, pending: {}, lastActivity: null, socket: null, pollTimer: 0, delay: 1000, live: false };
  var DL = location.origin + '/v3/directline';
  W.wireQuickExit(document.getElementById('exit'), function () { return state.exitUrl; });
  W.applyColor(config.color);

  function t(key) { return state.texts[key] || ''; }

  function setLanguage(language) {
    config.language = language;
    return W.loadTexts(language).then(function (answer) {
      state.texts = answer.texts;
      state.exitUrl = answer.exitUrl;
      W.applyTexts(answer.texts, answer.language);
      var query = new URLSearchParams(location.search);
      query.set('lang', language);
      history.replaceState(null, '', location.pathname + '?' + query.toString());
      document.getElementById('switch-variant').href = '/' + location.search;
      Array.prototype.forEach.call(document.querySelectorAll('.btn-read'), function (b) {
        b.textContent = t('read.aloud');
        b.setAttribute('aria-label', t('read.aloud.label'));
      });
    });
  }

  function request(method, path, body) {
    var options = { method: method, headers: { Authorization: 'Bearer ' + state.session.token } };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(DL + path, options).then(function (r) {
      if (!r.ok) { var e = new Error(path + ' ' + r.status); e.status = r.status; throw e; }
      return r.status === 204 ? {} : r.json();
    });
  }

  function post(activity, id) {
    var clientActivityID = id || W.randomId();
    activity.from = { id: state.session.userId, role: 'user' };
    activity.locale = config.language === 'en' ? 'en-GB' : 'nl-NL';
    activity.channelData = Object.assign({}, activity.channelData || {}, { organisationId: config.organisationId, clientActivityID: clientActivityID });
    state.delay = 1000;
    return request('POST', '/conversations/' + encodeURIComponent(state.session.conversationId) + '/activities', activity)
      .then(function () { if (!state.socket) schedulePoll(300); return clientActivityID; });
  }

  function sendText(text) {
    text = (text || '').trim();
    if (!text) return;
    renderMessage({ text: text, from: { role: 'user' } }, true);
    // Registered before the POST: over the WebSocket the echo can arrive before the POST returns.
    var id = W.randomId();
    state.pending[id] = true;
    post({ type: 'message', text: text }, id).catch(function () {
      el.status.textContent = t('status.offline');
    });
  }

  function isFromUser(activity) {
    var from = activity.from || {};
    return from.role === 'user' || (state.session && from.id === state.session.userId);
  }

  function readAloudButton(text) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-read';
    button.textContent = t('read.aloud');
    button.setAttribute('aria-label', t('read.aloud.label'));
    button.addEventListener('click', function () { W.speak(text, config.language); });
    return button;
  }

  function actionButton(action) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.textContent = action.title || action.text || String(action.value || '');
    button.addEventListener('click', function () { performAction(action); });
    return button;
  }

  function performAction(action) {
    el.actions.textContent = '';
    el.input.focus();
    var value = action.value;
    if (action.type === 'openUrl' && /^https?:\/\//.test(String(value))) {
      window.open(String(value), '_blank', 'noopener');
    } else if (action.type === 'messageBack') {
      var shown = action.displayText || action.text;
      if (shown) renderMessage({ text: shown, from: { role: 'user' } }, true);
      post({ type: 'message', text: action.text || undefined, value: value });
    } else if (action.type === 'postBack') {
      post({ type: 'message', text: typeof value === 'string' ? value : undefined, value: typeof value === 'string' ? undefined : value, channelData: { postBack: true } });
    } else {
      sendText(typeof value === 'string' && value ? value : action.title);
    }
  }

  function renderCard(card, container) {
    var box = document.createElement('div');
    box.className = 'card';
    if (card.title) {
      var title = document.createElement('p');
      title.className = 'card-title';
      title.textContent = card.title;
      box.appendChild(title);
    }
    [card.subtitle, card.text].forEach(function (line) {
      if (!line) return;
      var p = document.createElement('p');
      p.textContent = line;
      box.appendChild(p);
    });
    (card.buttons || []).forEach(function (a) { box.appendChild(actionButton(a)); });
    container.appendChild(box);
  }

  function renderMessage(activity, fromUser) {
    var item = document.createElement('li');
    item.className = 'msg ' + (fromUser ? 'msg-user' : 'msg-bot');
    var who = document.createElement('span');
    who.className = 'msg-who';
    who.textContent = fromUser ? t('you.label') : t('bot.label');
    item.appendChild(who);
    var spoken = [];
    if (activity.text) {
      var bubble = document.createElement('div');
      bubble.className = 'bubble';
      bubble.textContent = activity.text;
      item.appendChild(bubble);
      spoken.push(activity.text);
    }
    (activity.attachments || []).forEach(function (a) {
      if (a && a.contentType === 'application/vnd.microsoft.card.hero' && a.content) {
        renderCard(a.content, item);
        spoken.push([a.content.title, a.content.text].filter(Boolean).join('. '));
      }
    });
    if (!fromUser && spoken.length && W.canSpeak()) item.appendChild(readAloudButton(spoken.join(' ')));
    el.log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    return spoken.join(' ');
  }

  function handle(activity, announce) {
    if (!activity || (activity.id && state.seen[activity.id])) return;
    if (activity.id) state.seen[activity.id] = true;
    state.lastActivity = activity;
    if (activity.type !== 'message') return;
    if (isFromUser(activity)) {
      var id = activity.channelData && activity.channelData.clientActivityID;
      if (id && state.pending[id]) { delete state.pending[id]; return; }
      renderMessage(activity, true);
      return;
    }
    var text = renderMessage(activity, false);
    el.actions.textContent = '';
    var actions = activity.suggestedActions && activity.suggestedActions.actions;
    (actions || []).forEach(function (a) { el.actions.appendChild(actionButton(a)); });
    if (announce && text) el.live.textContent = text;
  }

  function handleSet(set, announce) {
    (set.activities || []).forEach(function (a) { handle(a, announce); });
    if (set.watermark !== undefined && set.watermark !== null && set.watermark !== '') {
      state.session.watermark = String(set.watermark);
      W.saveSession(state.session);
    }
    el.status.textContent = '';
  }

  function poll() {
    var w = state.session.watermark ? '?watermark=' + encodeURIComponent(state.session.watermark) : '';
    request('GET', '/conversations/' + encodeURIComponent(state.session.conversationId) + '/activities' + w)
      .then(function (set) {
        var got = (set.activities || []).length > 0;
        handleSet(set, true);
        // Slow down while nothing happens (saves data), back to 1 s as soon as something does.
        state.delay = got ? 1000 : Math.min(state.delay * 1.5, 10000);
        schedulePoll(state.delay);
      }, function (e) {
        if (e.status === 403) W.refreshSession(state.session).catch(function () { /* retried below */ });
        el.status.textContent = t('status.offline');
        state.delay = Math.min(state.delay * 2, 30000);
        schedulePoll(state.delay);
      });
  }

  function schedulePoll(delay) {
    if (state.socket) return;
    clearTimeout(state.pollTimer);
    state.pollTimer = setTimeout(poll, delay);
  }

  function openStream() {
    if (config.transport === 'poll' || typeof WebSocket === 'undefined') { schedulePoll(0); return; }
    var w = state.session.watermark ? '?watermark=' + encodeURIComponent(state.session.watermark) : '';
    request('GET', '/conversations/' + encodeURIComponent(state.session.conversationId) + w)
      .then(function (conversation) {
        if (!conversation.streamUrl) throw new Error('no streamUrl');
        var socket = new WebSocket(conversation.streamUrl);
        var opened = false;
        socket.onopen = function () { opened = true; state.socket = socket; clearTimeout(state.pollTimer); };
        socket.onmessage = function (event) {
          if (typeof event.data === 'string' && event.data.trim()) handleSet(JSON.parse(event.data), true);
        };
        socket.onclose = function () {
          state.socket = null;
          // Fall back to polling; try the stream again later when it had worked.
          schedulePoll(0);
          if (opened) setTimeout(openStream, 5000 + Math.random() * 10000);
        };
      })
      .catch(function () { schedulePoll(0); });
  }

  function loadHistory() {
    // Everything said so far, shown without announcing it again: a reload must not read the chat out loud anew.
    var keep = state.session.watermark;
    state.session.watermark = '';
    return request('GET', '/conversations/' + encodeURIComponent(state.session.conversationId) + '/activities')
      .then(function (set) { handleSet(set, false); }, function () { state.session.watermark = keep; });
  }

  el.form.addEventListener('submit', function (event) {
    event.preventDefault();
    sendText(el.input.value);
    el.input.value = '';
  });

  document.getElementById('language').addEventListener('click', function () {
    var language = config.language === 'nl' ? 'en' : 'nl';
    setLanguage(language).then(function () {
      if (!state.session) return;
      state.session.language = language;
      W.saveSession(state.session);
      post({ type: 'event', name: 'intake/language', value: language });
    });
  });

  setLanguage(config.language)
    .then(function () {
      el.status.textContent = t('status.connecting');
      return W.openSession(config);
    })
    .then(function (session) {
      state.session = session;
      if (session.organisationId && !config.organisationId) config.organisationId = session.organisationId;
      W.scheduleRefresh(session, function (s) { state.session = s; });
      var resumed = session.joined;
      return (resumed ? loadHistory() : Promise.resolve()).then(function () {
        el.status.textContent = '';
        if (!session.joined) {
          session.joined = true;
          W.saveSession(session);
          return post({ type: 'event', name: 'webchat/join', value: { organisationId: config.organisationId, language: config.language } });
        }
      });
    })
    .then(function () { openStream(); })
    .catch(function () { el.status.textContent = t('status.error'); });

  window.IntakeWidgetPage = { lastActivity: function () { return state.lastActivity; } };
})();
