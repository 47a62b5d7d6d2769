import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shopperDevice } from './shopper-device.ts';

describe('shopperDevice', () => {
  it('tells WeChat, phones and desktops apart by the User-Agent', () => {
    const agents = {
      wechat: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
      phone: 'Mozilla/5.0 (Linux; Android 14; 23127PN0CC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
      iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0',
      ipad: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    };
    assert.equal(shopperDevice(agents.wechat), 'wechat');
    assert.equal(shopperDevice(agents.phone), 'phone');
    assert.equal(shopperDevice(agents.iphone), 'phone');
    assert.equal(shopperDevice(agents.desktop), 'desktop');
    assert.equal(shopperDevice(agents.ipad), 'desktop', 'a tablet can show a QR code to scan with a phone');
    assert.equal(shopperDevice(undefined), 'desktop');
  });
});
