#!/usr/bin/env node
// Runs Microsoft's own Direct Line client (botframework-directlinejs) against IntakeBot's self-hosted Direct Line:
// starts a conversation and exchanges a message over WebSocket, then over polling.
// Usage: node compat.js <baseUrl> <secret>      e.g. node compat.js http://127.0.0.1:5000 s3cret
// Exits 0 when both modes work, 1 with a reason otherwise. The bot must answer "x" with "echo: x".
'use strict';

// Node 20 has neither XMLHttpRequest (used through rxjs ajax) nor a global WebSocket.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, secret] = process.argv.slice(2);
const TIMEOUT_MS = 20000;

function fail(message) {
  console.error(`directline-compat: FAILED: ${message}`);
  process.exit(1);
}

function waitFor(description, condition) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > TIMEOUT_MS) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${description}`));
      }
    }, 50);
  });
}

function withTimeout(description, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${description}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function exchange(mode) {
  const directLine = new DirectLine({
    secret,
    domain: `${baseUrl.replace(/\/$/, '')}/v3/directline`,
    webSocket: mode === 'websocket',
    pollingInterval: 200,
  });
  let status = ConnectionStatus.Uninitialized;
  const received = [];
  const statusSubscription = directLine.connectionStatus$.subscribe((value) => { status = value; });
  const activitySubscription = directLine.activity$.subscribe(
    (activity) => received.push(activity),
    (error) => fail(`${mode}: activity stream error: ${error && error.message}`));
  try {
    const text = `hallo via ${mode}`;
    const clientActivityID = `compat-${mode}-${Date.now()}`;
    const id = await withTimeout(`${mode}: postActivity`, new Promise((resolve, reject) => {
      directLine.postActivity({
        type: 'message',
        from: { id: 'compat-user', name: 'Compat' },
        text,
        channelData: { clientActivityID },
      }).subscribe(resolve, reject);
    }));
    if (typeof id !== 'string' || id === 'retry' || !id.includes('|')) {
      throw new Error(`postActivity returned '${id}', not a server id`);
    }

    await waitFor(`${mode}: the connection to be online`, () => status === ConnectionStatus.Online);
    await waitFor(`${mode}: the echo of our message (id ${id})`, () =>
      received.some((a) => a.id === id && a.channelData && a.channelData.clientActivityID === clientActivityID));
    await waitFor(`${mode}: the bot's reply`, () =>
      received.some((a) => a.type === 'message' && a.text === `echo: ${text}` && a.replyToId === id));
    console.log(`directline-compat: ${mode} OK (conversation ${received[0] && received[0].conversation && received[0].conversation.id}, ${received.length} activities)`);
  } finally {
    activitySubscription.unsubscribe();
    statusSubscription.unsubscribe();
    directLine.end();
  }
}

(async () => {
  if (!baseUrl || !secret) {
    fail('usage: node compat.js <baseUrl> <secret>');
  }

  try {
    await exchange('websocket');
    await exchange('polling');
  } catch (error) {
    fail(error && error.message ? error.message : String(error));
  }

  console.log('directline-compat: all OK');
  process.exit(0);
})();
