// The SPA's WebSocket client (resources/web/js/realtime) against a scripted fake socket: the
// hello/welcome exchange, ping round trips, reconnection with back-off, and the cases where
// retrying cannot help. Runs in node, no browser or server needed.
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { ConnectionState, OfflineReason, RealtimeConnection, backoffDelay } from '../../resources/web/js/realtime/connection.js';
import { PROTOCOL_VERSION, parseMessage, socketUrl } from '../../resources/web/js/realtime/protocol.js';

class FakeSocket {
  static all = [];
  readyState = 0;
  sent = [];
  closedWith = null;
  constructor(url) {
    this.url = url;
    FakeSocket.all.push(this);
  }
  send(text) {
    this.sent.push(JSON.parse(text));
  }
  close(code, reason) {
    this.closedWith = { code, reason };
    this.readyState = 3;
  }
  // what the server does
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  serverClose(code, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

const welcome = {
  type: 'welcome',
  version: 1,
  server: 'transcendence/0.1.0',
  connectionId: 'c-1',
  heartbeatIntervalMs: 15000,
  serverTime: '2025-01-01T00:00:00.000Z',
};

let clock;
let connection;
const latest = () => FakeSocket.all.at(-1);

beforeEach(() => {
  FakeSocket.all = [];
  clock = 1000;
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  connection = new RealtimeConnection('wss://example.test/ws', {
    createSocket: (url) => new FakeSocket(url),
    random: () => 0.5,
    now: () => clock,
  });
});

afterEach(() => {
  mock.timers.reset();
});

function connect() {
  connection.start();
  latest().open();
  latest().receive(welcome);
}

describe('RealtimeConnection', () => {
  it('says hello first and is connected after the welcome', () => {
    connection.start();
    assert.equal(connection.state, ConnectionState.Connecting);
    latest().open();
    assert.deepEqual(latest().sent, [{ type: 'hello', version: PROTOCOL_VERSION, client: 'web/0.1.0', encoding: 'binary' }]);
    assert.equal(latest().binaryType, 'arraybuffer');
    assert.equal(connection.state, ConnectionState.Connecting);
    latest().receive(welcome);
    assert.equal(connection.state, ConnectionState.Connected);
    assert.equal(connection.welcome.connectionId, 'c-1');
  });

  it('pings at once after the welcome, then every heartbeat interval, and measures the round trip', () => {
    connect();
    assert.deepEqual(latest().sent.at(-1), { type: 'ping', seq: 1 });
    clock += 42;
    latest().receive({ type: 'pong', seq: 1, serverTime: '2025-01-01T00:00:01.000Z' });
    assert.equal(connection.rttMs, 42);
    mock.timers.tick(15000);
    assert.deepEqual(latest().sent.at(-1), { type: 'ping', seq: 2 });
  });

  it('hands binary frames on after the welcome, and ignores them before', () => {
    const frames = [];
    connection.addEventListener('binary', (event) => frames.push(event.detail));
    connection.start();
    latest().open();
    latest().onmessage({ data: new Uint8Array([1, 2]).buffer });
    assert.equal(frames.length, 0);
    latest().receive(welcome);
    latest().onmessage({ data: new Uint8Array([1, 2]).buffer });
    assert.equal(frames.length, 1);
    assert.deepEqual([...new Uint8Array(frames[0])], [1, 2]);
  });

  it('ignores a pong for a ping it never sent', () => {
    connect();
    latest().receive({ type: 'pong', seq: 99, serverTime: '2025-01-01T00:00:01.000Z' });
    assert.equal(connection.rttMs, null);
  });

  it('reconnects after the server goes away, with growing delays, and resets them once welcomed', () => {
    connect();
    latest().serverClose(1001, 'going away');
    assert.equal(connection.state, ConnectionState.Reconnecting);
    assert.equal(connection.welcome, null);
    assert.equal(FakeSocket.all.length, 1);
    mock.timers.tick(backoffDelay(0, () => 0.5));
    assert.equal(FakeSocket.all.length, 2);
    assert.equal(connection.state, ConnectionState.Connecting);

    latest().serverClose(1006); // refused: the next wait is longer
    mock.timers.tick(backoffDelay(1, () => 0.5) - 1);
    assert.equal(FakeSocket.all.length, 2);
    mock.timers.tick(1);
    assert.equal(FakeSocket.all.length, 3);
    latest().open();
    latest().receive(welcome);
    assert.equal(connection.state, ConnectionState.Connected);

    latest().serverClose(1001);
    mock.timers.tick(backoffDelay(0, () => 0.5));
    assert.equal(FakeSocket.all.length, 4, 'the delay starts small again after a welcome');
  });

  it('drops a connection whose ping goes unanswered for a whole interval', () => {
    connect();
    clock += 15000;
    mock.timers.tick(15000); // the first ping is still unanswered
    assert.equal(FakeSocket.all[0].closedWith.code, 4000);
    assert.equal(connection.state, ConnectionState.Reconnecting);
  });

  it('stops retrying when the server does not support this protocol version', () => {
    connection.start();
    latest().open();
    latest().receive({ type: 'error', code: 'unsupported_version', message: 'too old', ref: 'hello' });
    latest().serverClose(4001, 'unsupported version');
    assert.equal(connection.state, ConnectionState.Offline);
    assert.equal(connection.offlineReason, OfflineReason.UnsupportedVersion);
    mock.timers.tick(60000);
    assert.equal(FakeSocket.all.length, 1);
  });

  it('stays away after being closed as an idle guest, until the visitor does something', () => {
    connect();
    latest().serverClose(4009, 'idle guest');
    assert.equal(connection.state, ConnectionState.Offline);
    assert.equal(connection.offlineReason, OfflineReason.Idle);
    mock.timers.tick(60000);
    assert.equal(FakeSocket.all.length, 1, 'no reconnection by itself');
    connection.resumeAfterIdle();
    assert.equal(FakeSocket.all.length, 2);
    assert.equal(connection.state, ConnectionState.Connecting);
    connection.resumeAfterIdle(); // already on its way: nothing more
    assert.equal(FakeSocket.all.length, 2);
  });

  it('waits for the network while the browser is offline', () => {
    connect();
    connection.setNetworkOnline(false);
    assert.equal(connection.state, ConnectionState.Offline);
    assert.equal(connection.offlineReason, OfflineReason.Network);
    mock.timers.tick(60000);
    assert.equal(FakeSocket.all.length, 1);
    connection.setNetworkOnline(true);
    assert.equal(FakeSocket.all.length, 2);
    assert.equal(connection.state, ConnectionState.Connecting);
  });
});

describe('backoffDelay', () => {
  it('doubles from one second, with jitter, and never passes 30 seconds', () => {
    assert.equal(backoffDelay(0, () => 0), 500);
    assert.equal(backoffDelay(0, () => 1), 1000);
    assert.equal(backoffDelay(3, () => 1), 8000);
    assert.equal(backoffDelay(20, () => 1), 30000);
    assert.equal(backoffDelay(20, () => 0), 15000);
  });
});

describe('protocol', () => {
  it('builds the socket address from the page address', () => {
    assert.equal(socketUrl({ protocol: 'https:', host: 'example.test:8443' }), 'wss://example.test:8443/ws');
    assert.equal(socketUrl({ protocol: 'http:', host: 'localhost' }), 'ws://localhost/ws');
  });

  it('rejects frames that are not valid messages', () => {
    assert.equal(parseMessage('{').type, null);
    assert.equal(parseMessage('[]').type, null);
    assert.equal(parseMessage('{"seq":1}').type, null);
    assert.equal(parseMessage('{"type":"pong","seq":-1,"serverTime":"2025-01-01T00:00:00Z"}').type, null);
    assert.equal(parseMessage('{"type":"welcome","version":1}').type, null);
    assert.equal(parseMessage(JSON.stringify(welcome)).type, 'welcome');
    assert.equal(parseMessage('{"type":"chat.message","text":"hi"}').type, 'chat.message');
  });
});
