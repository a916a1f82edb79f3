// The Web Chat page (/): the real botframework-webchat on our own Direct Line.
// Events the page posts: webchat/join {organisationId, language} once per conversation, and intake/language "nl"|"en"
// when the person switches language. Every posted activity carries channelData.organisationId.
(function () {
  'use strict';
  var W = window.IntakeWidget;
  var config = W.settings();
  var state = { texts: {}, exitUrl: '', session: null, directLine: null, store: null, lastActivity: null };
  var status = document.getElementById('status');
  var host = document.getElementById('webchat');

  W.wireQuickExit(document.getElementById('exit'), function () { return state.exitUrl; });
  var accent = W.applyColor(config.color);

  function variantLink() {
    var link = document.getElementById('switch-variant');
    link.href = '/licht' + location.search;
  }

  function setLanguage(language) {
    config.language = language;
    return W.loadTexts(language).then(function (answer) {
      state.texts = answer.texts;
      state.exitUrl = answer.exitUrl;
      W.applyTexts(answer.texts, answer.language);
      var query = new URLSearchParams(location.search);
      query.set('lang', language);
      history.replaceState(null, '', location.pathname + '?' + query.toString());
      variantLink();
    });
  }

  function styleOptions() {
    return {
      accent: accent,
      primaryFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
      fontSizeSmall: '90%',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#595959',
      bubbleBorderWidth: 2,
      bubbleBorderRadius: 12,
      bubbleTextColor: '#111111',
      bubbleFromUserBackground: accent,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderRadius: 12,
      bubbleMinHeight: 48,
      bubbleMaxWidth: 720,
      hideUploadButton: true,
      sendBoxHeight: 56,
      sendBoxButtonColor: accent,
      sendBoxTextColor: '#111111',
      sendBoxPlaceholderColor: '#595959',
      subtle: '#595959',
      timestampColor: '#595959',
      suggestedActionLayout: 'stacked',
      suggestedActionsStackedHeight: 480,
      suggestedActionsStackedLayoutButtonTextWrap: true,
      suggestedActionHeight: 52,
      suggestedActionBorderRadius: 12,
      suggestedActionBorderWidth: 2,
      suggestedActionBorderColor: accent,
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionTextColor: accent,
      suggestedActionBackgroundColorOnHover: accent,
      suggestedActionTextColorOnHover: '#ffffff',
      transcriptVisualKeyboardIndicatorColor: '#111111',
      transcriptActivityVisualKeyboardIndicatorColor: '#111111'
    };
  }

  function withOrganisation(activity) {
    // Web Chat gives every post, its "Retry" too, a new clientActivityID. intakeMessageId stays with the message, so a
    // message sent again after its answer was lost is recognised and not taken as the answer to the next question.
    var channelData = Object.assign({}, activity.channelData || {}, { organisationId: config.organisationId });
    if (activity.type === 'message' && !channelData.intakeMessageId) channelData.intakeMessageId = W.randomId();
    return Object.assign({}, activity, { channelData: channelData });
  }

  function persist() {
    var s = state.session;
    var dl = state.directLine;
    if (!s || !dl) return;
    // DirectLineJS keeps the current watermark and refreshed token on the object.
    if (dl.watermark) s.watermark = dl.watermark;
    if (dl.token && dl.token !== s.token) {
      s.token = dl.token;
      s.expiresAt = Date.now() + 30 * 60000;
    }
    W.saveSession(s);
  }

  function createStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            status.textContent = '';
            if (!state.session.joined) {
              // Once per conversation, never on resume: the bot greets from this event (not from conversationUpdate).
              state.session.joined = true;
              W.saveSession(state.session);
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { organisationId: config.organisationId, language: config.language } } });
            }
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withOrganisation(action.payload.activity) }) });
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            state.lastActivity = action.payload.activity;
            setTimeout(persist, 0);
          } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED' || action.type === 'DIRECT_LINE/DISCONNECT_FULFILLED') {
            status.textContent = state.texts['status.offline'] || '';
          }
          return next(action);
        };
      };
    });
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: state.directLine,
      store: state.store,
      // No userID: the Direct Line token carries the user id (Web Chat reserves "dl_" ids for tokens).
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: state.texts['input.placeholder'] || '' },
      locale: config.language === 'en' ? 'en-US' : 'nl-NL',
      styleOptions: styleOptions()
    }, host);
  }

  // Read-aloud: Web Chat's bundle does not expose React, so a button is added next to each bot bubble in the DOM.
  function decorate() {
    if (!W.canSpeak()) return;
    var bubbles = host.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble:not([data-read-aloud])');
    Array.prototype.forEach.call(bubbles, function (bubble) {
      bubble.setAttribute('data-read-aloud', '');
      var content = bubble.querySelector('.webchat__bubble__content') || bubble;
      var text = content.textContent.trim();
      if (!text) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-read';
      button.textContent = state.texts['read.aloud'] || '';
      button.setAttribute('aria-label', state.texts['read.aloud.label'] || '');
      button.addEventListener('click', function () { W.speak(text, config.language); });
      bubble.insertAdjacentElement('afterend', button);
    });
  }

  document.getElementById('language').addEventListener('click', function () {
    var language = config.language === 'nl' ? 'en' : 'nl';
    setLanguage(language).then(function () {
      if (!state.store) return;
      state.session.language = language;
      W.saveSession(state.session);
      state.store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'intake/language', value: language } });
      render();
    });
  });

  setLanguage(config.language)
    .then(function () {
      status.textContent = state.texts['status.connecting'] || '';
      return W.openSession(config);
    })
    .then(function (session) {
      state.session = session;
      if (session.organisationId && !config.organisationId) config.organisationId = session.organisationId;
      // Resume replays the conversation from the start (no watermark), so the person sees what was said; the
      // stored join flag keeps the welcome from being asked for again.
      state.directLine = window.WebChat.createDirectLine({
        domain: location.origin + '/v3/directline',
        token: session.token,
        conversationId: session.conversationId,
        webSocket: config.transport !== 'poll'
      });
      state.store = createStore();
      render();
      new MutationObserver(decorate).observe(host, { childList: true, subtree: true });
      setInterval(persist, 30000);
      // DirectLineJS refreshes every 15 minutes on its own; this keeps shorter-lived tokens alive too.
      W.scheduleRefresh(session, function (s) {
        state.session = s;
        state.directLine.token = s.token;
      });
    })
    .catch(function () {
      status.textContent = state.texts['status.error'] || '';
    });

  // For tests and for the lead's diagnostics: the last activity the page received.
  window.IntakeWidgetPage = { lastActivity: function () { return state.lastActivity; } };
})();
