/**
 * The React and Vue types shipped in src/frameworks/ are the ones the committed Custom Elements
 * Manifest generates (`npm run manifest -w @orderzone/elements` writes both), and they cover every
 * element, property, attribute and event the manifest lists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module script, without types.
import { elementsOf, frameworkTypes } from './framework-types.mjs';

interface GeneratedElement {
  tag: string;
  className: string;
  properties: { name: string }[];
  attributes: { name: string; fieldName: string }[];
  events: { name: string }[];
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest: unknown = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8'));
const generated = frameworkTypes(manifest) as Record<string, string>;
const elements = elementsOf(manifest) as GeneratedElement[];

describe('framework types (src/frameworks/)', () => {
  for (const [path, text] of Object.entries(generated)) {
    it(`${path} is what custom-elements.json generates (run \`npm run manifest -w @orderzone/elements\`)`, () => {
      assert.equal(readFileSync(`${packageDir}/${path}`, 'utf8'), text);
    });
  }

  it('declares every element of the manifest, with its properties, renamed attributes and events, for React and Vue', () => {
    assert.ok(elements.length >= 14, `${elements.length} elements`);
    const react = generated['src/frameworks/react.ts']!;
    const vue = generated['src/frameworks/vue.ts']!;
    const tags = generated['src/frameworks/tags.ts']!;
    for (const element of elements) {
      assert.ok(tags.includes(`'${element.tag}'`), `tags.ts lists <${element.tag}>`);
      for (const text of [react, vue]) {
        const entry = text.slice(text.indexOf(`'${element.tag}': `), text.indexOf('>;', text.indexOf(`'${element.tag}': `)));
        assert.ok(entry.includes(element.className), `<${element.tag}> is typed from ${element.className}`);
        for (const property of element.properties) assert.ok(entry.includes(`'${property.name}'`), `<${element.tag}> has the property ${property.name}`);
        for (const attribute of element.attributes) assert.ok(entry.includes(`'${attribute.name}'?: ${element.className}['${attribute.fieldName}']`), `<${element.tag}> has the attribute ${attribute.name}`);
      }
      const reactEntry = react.slice(react.indexOf(`'${element.tag}': `), react.indexOf('>;', react.indexOf(`'${element.tag}': `)));
      for (const event of element.events) assert.ok(reactEntry.includes(`'on${event.name}'?: (event: OzEvent<'${event.name}'>) => void`), `<${element.tag}> documents on${event.name}`);
    }
    // The properties of <order-zone> a React app sets, and the attribute that differs from its property.
    const orderZone = elements.find((e) => e.tag === 'order-zone');
    assert.ok(orderZone);
    for (const name of ['zone', 'adapter', 'api', 'shop', 'currency', 'locale', 'view', 'routing']) assert.ok(orderZone.properties.some((p) => p.name === name), name);
    assert.deepEqual(orderZone.attributes.map((a) => a.name), ['product-id', 'route-param', 'help-url', 'help-text']);
  });
});
