// Framework types generated from the Custom Elements Manifest (custom-elements.json), so that React's
// JSX and Vue's templates know every OrderZone tag with its properties, attributes and `oz-*` events:
// - src/frameworks/tags.ts: every tag (`ORDERZONE_TAGS`);
// - src/frameworks/react.ts: `JSX.IntrinsicElements` for React 19 (`@orderzone/elements/react`);
// - src/frameworks/vue.ts: Vue's `GlobalComponents` and `isOrderZoneElement` for its compiler
//   option `isCustomElement` (`@orderzone/elements/vue`).
// `npm run manifest -w @orderzone/elements` writes them after the manifest; the manifest test fails
// when the committed files differ from what the committed manifest generates.
//
// Property types are the classes' own (`CartPanel['mode']`), read by TypeScript from the exported
// classes; the manifest says which members are public, settable properties and which attributes they have.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = '// Generated from custom-elements.json by `npm run manifest -w @orderzone/elements`: do not edit.';

/** Every element of the manifest: tag, class, summary, settable properties, attributes whose name is not the property's, events. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const properties = (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'))
        .map((m) => ({ name: m.name, description: m.description }));
      const attributes = (declaration.attributes ?? [])
        .filter((a) => a.fieldName && a.name !== a.fieldName)
        .map((a) => ({ name: a.name, fieldName: a.fieldName, description: a.description }));
      const events = (declaration.events ?? []).map((e) => ({ name: e.name, description: e.description }));
      elements.push({ tag: declaration.tagName, className: declaration.name, summary: declaration.summary, properties, attributes, events });
    }
  }
  return elements.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** A one-line `/** … *\/` comment of `text`, indented. */
function doc(text, indent) {
  if (!text) return '';
  const oneLine = text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
  return `${indent}/** ${oneLine} */\n`;
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The type arguments shared by the React and Vue entries of one element. */
function typeArguments(element, indent, eventType) {
  const props = element.properties.map((p) => `'${p.name}'`).join(' | ') || 'never';
  const members = [
    ...element.attributes.map((a) => `${doc(`Attribute of \`${a.fieldName}\`. ${a.description ?? ''}`, `${indent}  `)}${indent}  ${quote(a.name)}?: ${element.className}['${a.fieldName}'];`),
    ...(eventType ? element.events : []).map((e) => `${doc(e.description, `${indent}  `)}${indent}  ${quote(`on${e.name}`)}?: ${eventType(e.name)};`),
  ];
  const extra = members.length ? `{\n${members.join('\n')}\n${indent}}` : '{}';
  return `${element.className},\n${indent}${props},\n${indent}${extra}`;
}

export function tagsModule(elements) {
  return `${GENERATED}
/**
 * Every tag OrderZone registers, from its Custom Elements Manifest.
 *
 * @module
 */

/** Every OrderZone tag. */
export const ORDERZONE_TAGS = [${elements.map((e) => `'${e.tag}'`).join(', ')}] as const;

/** An OrderZone tag. */
export type OrderZoneTag = (typeof ORDERZONE_TAGS)[number];
`;
}

function classImports(elements) {
  return [...new Set(elements.map((e) => e.className)), 'OzEventDetails'].sort().join(', ');
}

export function reactModule(elements) {
  const event = (name) => `(event: OzEvent<'${name}'>) => void`;
  const entries = elements
    .map((e) => `${doc(e.summary, '      ')}      '${e.tag}': ElementProps<\n        ${typeArguments(e, '        ', event)}\n      >;`)
    .join('\n');
  return `${GENERATED}
/**
 * React 19 JSX types of every OrderZone element: \`import type {} from '@orderzone/elements/react';\`
 * once in your app (\`@types/react\` 19 installed). A prop that is a property of the element (\`zone\`,
 * \`mode\`...) is typed as the property; an attribute whose name differs from its property
 * (\`product-id\`) as that property; \`on<event>\` props (\`onoz-cart-change\`) take a listener of that
 * \`oz-*\` event with its \`detail\` type. Every \`oz-*\` event bubbles out of shadow roots, so any element
 * accepts a listener of any of them; the ones an element fires itself are documented on it.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classImports(elements)} } from '../index.ts';

/** An \`oz-*\` event with its \`detail\`. */
type OzEvent<K extends keyof OzEventDetails> = CustomEvent<OzEventDetails[K]>;

/** \`onoz-cart-change\` etc.: React 19 adds a listener for the event named after \`on\`. */
type OzEventProps = { [K in keyof OzEventDetails as \`on\${K}\`]?: (event: OzEvent<K>) => void };

/** The JSX props of element \`E\`: its properties \`P\`, the attributes and events in \`A\`, every \`oz-*\` event, and the HTML attributes. */
type ElementProps<E extends HTMLElement, P extends keyof E, A> = Partial<Pick<E, P>> & A & OzEventProps & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P | keyof A>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

export function vueModule(elements) {
  const entries = elements
    .map((e) => `${doc(e.summary, '    ')}    '${e.tag}': VueElement<\n      ${typeArguments(e, '      ', null)}\n    >;`)
    .join('\n');
  return `${GENERATED}
/**
 * Vue 3 template types of every OrderZone element (\`GlobalComponents\`, checked by \`vue-tsc\` and
 * Vue's editor tooling) and \`isOrderZoneElement\`, the compiler option \`isCustomElement\` that knows
 * every OrderZone tag:
 *
 * \`\`\`ts
 * // vite.config.ts
 * import vue from '@vitejs/plugin-vue';
 * import { isOrderZoneElement } from '@orderzone/elements/vue';
 * export default { plugins: [vue({ template: { compilerOptions: { isCustomElement: isOrderZoneElement } } })] };
 * \`\`\`
 *
 * The types apply once the app imports this module's types (\`import type {} from '@orderzone/elements/vue';\`).
 * Bind objects as DOM properties (\`:zone.prop="zone"\`) and listen with \`@oz-cart-change\`: every
 * \`oz-*\` event, with its \`detail\` type, on every element (they bubble out of shadow roots).
 *
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${classImports(elements)} } from '../index.ts';
import { ORDERZONE_TAGS } from './tags.ts';

/** An \`oz-*\` event with its \`detail\`. */
type OzEvent<K extends keyof OzEventDetails> = CustomEvent<OzEventDetails[K]>;

/** Every \`oz-*\` event, as Vue's \`$emit\` types events. */
type OzEmits = { [K in keyof OzEventDetails]: (event: OzEvent<K>) => void };

/**
 * Element \`E\` as Vue's template type checking sees a component: \`$props\` (its properties \`P\`, the
 * attributes in \`A\`, the HTML attributes) and \`$emit\` (every \`oz-*\` event).
 */
type VueElement<E extends HTMLElement, P extends keyof E, A> = new () => E & {
  /** @deprecated For template type checking only: not a member of the element. */
  $props: Partial<Pick<E, P>> & A & Omit<HTMLAttributes, P | keyof A> & PublicProps;
  /** @deprecated For template type checking only: not a member of the element. */
  $emit: EmitFn<OzEmits>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}

const tags: ReadonlySet<string> = new Set(ORDERZONE_TAGS);

/** True for every OrderZone tag: Vue's compiler option \`isCustomElement\`. */
export function isOrderZoneElement(tag: string): boolean {
  return tags.has(tag);
}
`;
}

/** Every generated file, by path relative to the package. */
export function frameworkTypes(manifest) {
  const elements = elementsOf(manifest);
  return {
    'src/frameworks/tags.ts': tagsModule(elements),
    'src/frameworks/react.ts': reactModule(elements),
    'src/frameworks/vue.ts': vueModule(elements),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8'));
  for (const [path, text] of Object.entries(frameworkTypes(manifest))) {
    writeFileSync(`${packageDir}/${path}`, text);
    console.log(`wrote ${path}`);
  }
}
