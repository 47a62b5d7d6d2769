/**
 * A merchant's help content (FAQ entries and contact channels, what `<order-help>` shows), checked
 * entry by entry. A bad entry is left out with a typed {@link HelpConfigProblem} naming exactly
 * where it is (`faq[2].answer`), so the rest of the help still shows; `describeHelpConfigProblem`
 * gives each one as a sentence for the console.
 *
 * @module
 */
import type { LocalizedText } from '../catalog/primitive-schemas.ts';
import { safeLinkUrl } from '../url/safe-url.ts';

/** The situations `<order-help topic>` knows: its heading and the FAQ entries shown first follow it. */
export const HELP_TOPICS = ['payment_failed', 'refund_rejected', 'return_rejected', 'general'] as const;

/** A situation a shopper needs help in. */
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** One question and its answer. Text is plain text (never HTML); blank lines separate paragraphs. */
export interface HelpFaqEntry {
  question: LocalizedText;
  answer: LocalizedText;
  /** The situations this entry answers; they put it first when `<order-help topic>` matches. */
  topics?: HelpTopic[];
}

/** How to reach the merchant. Every channel is optional. */
export interface HelpContact {
  /** A phone number, dialled through a `tel:` link: digits, spaces, `+`, `-`, `(`, `)`. */
  phone?: string;
  /** An e-mail address, opened through a `mailto:` link. */
  email?: string;
  /** A WeChat ID, shown with a Copy button. */
  wechat?: string;
  /** When someone answers, e.g. `{ "zh-CN": "每天 9:00–21:00", "en-US": "Daily 9:00–21:00" }`. */
  hours?: LocalizedText;
  /** A page with more help: an http(s) URL (relative URLs resolve against the page). */
  link?: { url: string; label?: LocalizedText };
}

/** Everything `<order-help>` shows from configuration. */
export interface HelpConfig {
  faq?: HelpFaqEntry[];
  contact?: HelpContact;
}

/** The contact channels given as one line of text, each with its own rule (see {@link HelpContact}). */
export type HelpChannel = 'phone' | 'email' | 'wechat';

/** Longest WeChat ID a help configuration accepts, in characters. */
export const WECHAT_ID_MAX_LENGTH = 64;

/** What is wrong with a text setting: empty, missing, not text, a locale whose value is not text, or no text in any locale. */
export type HelpTextFault = 'empty' | 'missing' | 'not_text' | 'non_text_locale' | 'no_text';

/**
 * One mistake in a help configuration and what was done about it. `path` names the setting as the
 * merchant wrote it (`faq[2].answer`, `contact.link`); `value` is what was given.
 * - `invalid_json`: the JSON text does not parse (`detail`: the parser's message); nothing is shown.
 * - `not_an_object`: the configuration is not an object; nothing is shown.
 * - `unknown_setting`: a key that is not a setting (`expected`: the known ones); it was ignored.
 * - `faq_not_a_list`: `faq` is not a list; it was ignored.
 * - `faq_entry_not_an_object`: an FAQ entry is not an object; it was left out.
 * - `faq_entry_text`: an entry's question or answer is not usable text (`fault`); the entry was left out.
 * - `faq_topics_not_a_list` / `faq_topic_unknown`: an entry's `topics` is not a list, or names no topic; ignored.
 * - `contact_not_an_object`: `contact` is not an object; it was ignored.
 * - `contact_channel_invalid`: a phone number, e-mail address or WeChat ID breaks its rule; it was left out.
 * - `contact_hours_text`: the opening hours are not usable text (`fault`); they were left out.
 * - `contact_link_invalid`: the link is not `{ url: an http(s) address, label? }`; it was left out.
 * - `contact_link_label_text`: the link's label is not usable text (`fault`); the default label is used.
 * - `topic_unknown`: the topic asked for is not one of {@link HELP_TOPICS}; general help is shown.
 */
export type HelpConfigProblem =
  | { code: 'invalid_json'; detail: string }
  | { code: 'not_an_object' }
  | { code: 'unknown_setting'; path: string; expected: readonly string[] }
  | { code: 'faq_not_a_list' }
  | { code: 'faq_entry_not_an_object'; path: string }
  | { code: 'faq_entry_text'; path: string; fault: HelpTextFault; locale?: string }
  | { code: 'faq_topics_not_a_list'; path: string }
  | { code: 'faq_topic_unknown'; path: string; value: unknown }
  | { code: 'contact_not_an_object' }
  | { code: 'contact_channel_invalid'; path: `contact.${HelpChannel}`; channel: HelpChannel; value: unknown }
  | { code: 'contact_hours_text'; path: 'contact.hours'; fault: HelpTextFault; locale?: string }
  | { code: 'contact_link_invalid'; path: 'contact.link'; value: unknown }
  | { code: 'contact_link_label_text'; path: 'contact.link.label'; fault: HelpTextFault; locale?: string }
  | { code: 'topic_unknown'; value: unknown };

/** A help configuration as far as it could be read, the topic in use, and each mistake found. */
export interface HelpConfigCheck {
  config: HelpConfig;
  /** The topic asked for, or `general` when none was asked or it is not a topic. */
  topic: HelpTopic;
  problems: HelpConfigProblem[];
}

const TOPIC_SET: ReadonlySet<string> = new Set(HELP_TOPICS);
const TOPIC_LIST = HELP_TOPICS.join(', ');
const TOP_KEYS = ['faq', 'contact'] as const;
const FAQ_KEYS = ['question', 'answer', 'topics'] as const;
const CONTACT_KEYS = ['phone', 'email', 'wechat', 'hours', 'link'] as const;
const LINK_KEYS = ['url', 'label'] as const;

/** The rule each one-line contact channel follows, as a test of its trimmed value and the words the console uses. */
const HELP_CHANNEL_RULES: Readonly<Record<HelpChannel, { valid: (value: string) => boolean; rule: string }>> = {
  phone: {
    valid: (v) => /^\+?[\d\s()-]{3,30}$/.test(v) && /\d{3}/.test(v.replace(/\D/g, '')),
    rule: 'is not a phone number (digits, spaces, +, -, parentheses)',
  },
  email: { valid: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), rule: 'is not an e-mail address' },
  wechat: {
    valid: (v) => v.length <= WECHAT_ID_MAX_LENGTH && !/\s/.test(v),
    rule: `is not a WeChat ID (no spaces, at most ${WECHAT_ID_MAX_LENGTH} characters)`,
  },
};

/** True for a help topic name. */
export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && TOPIC_SET.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `value` is not usable text, or `undefined` when it is a non-empty string or a locale → string map with some text. */
function textFault(value: unknown): { fault: HelpTextFault; locale?: string } | undefined {
  if (typeof value === 'string') return value.trim() === '' ? { fault: 'empty' } : undefined;
  if (isRecord(value)) {
    const entries = Object.entries(value);
    const bad = entries.find(([, text]) => typeof text !== 'string');
    if (bad) return { fault: 'non_text_locale', locale: bad[0] };
    return entries.some(([, text]) => (text as string).trim() !== '') ? undefined : { fault: 'no_text' };
  }
  return { fault: value === undefined ? 'missing' : 'not_text' };
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string, problems: HelpConfigProblem[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push({ code: 'unknown_setting', path: `${path}${path ? '.' : ''}${key}`, expected: known });
  }
}

function readFaqEntry(raw: unknown, path: string, problems: HelpConfigProblem[]): HelpFaqEntry | undefined {
  if (!isRecord(raw)) {
    problems.push({ code: 'faq_entry_not_an_object', path });
    return undefined;
  }
  unknownKeys(raw, FAQ_KEYS, path, problems);
  const questionFault = textFault(raw.question);
  const answerFault = textFault(raw.answer);
  if (questionFault || answerFault) {
    problems.push(questionFault ? { code: 'faq_entry_text', path: `${path}.question`, ...questionFault } : { code: 'faq_entry_text', path: `${path}.answer`, ...answerFault! });
    return undefined;
  }
  const entry: HelpFaqEntry = { question: raw.question as LocalizedText, answer: raw.answer as LocalizedText };
  if (raw.topics !== undefined) {
    if (!Array.isArray(raw.topics)) {
      problems.push({ code: 'faq_topics_not_a_list', path: `${path}.topics` });
    } else {
      const topics: HelpTopic[] = [];
      raw.topics.forEach((topic, index) => {
        if (isHelpTopic(topic)) topics.push(topic);
        else problems.push({ code: 'faq_topic_unknown', path: `${path}.topics[${index}]`, value: topic });
      });
      if (topics.length > 0) entry.topics = topics;
    }
  }
  return entry;
}

function readContact(raw: unknown, problems: HelpConfigProblem[]): HelpContact | undefined {
  if (!isRecord(raw)) {
    problems.push({ code: 'contact_not_an_object' });
    return undefined;
  }
  unknownKeys(raw, CONTACT_KEYS, 'contact', problems);
  const contact: HelpContact = {};
  for (const channel of ['phone', 'email', 'wechat'] as const) {
    const value = raw[channel];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim() !== '' && HELP_CHANNEL_RULES[channel].valid(value.trim())) contact[channel] = value.trim();
    else problems.push({ code: 'contact_channel_invalid', path: `contact.${channel}`, channel, value });
  }
  if (raw.hours !== undefined) {
    const fault = textFault(raw.hours);
    if (fault) problems.push({ code: 'contact_hours_text', path: 'contact.hours', ...fault });
    else contact.hours = raw.hours as LocalizedText;
  }
  if (raw.link !== undefined) {
    const link = raw.link;
    if (!isRecord(link) || typeof link.url !== 'string' || !safeLinkUrl(link.url)) {
      problems.push({ code: 'contact_link_invalid', path: 'contact.link', value: link });
    } else {
      unknownKeys(link, LINK_KEYS, 'contact.link', problems);
      const labelFault = link.label === undefined ? undefined : textFault(link.label);
      if (labelFault) problems.push({ code: 'contact_link_label_text', path: 'contact.link.label', ...labelFault });
      contact.link = { url: link.url, ...(link.label !== undefined && !labelFault ? { label: link.label as LocalizedText } : {}) };
    }
  }
  return contact;
}

/**
 * Checks a help configuration given as an object or as JSON text (`<order-help config>`), and the
 * topic asked for when one is given. Whatever is valid is kept; every part left out or ignored is
 * one {@link HelpConfigProblem}, an unknown topic first. The contact link must pass `safeLinkUrl()`
 * (http(s) or relative).
 */
export function checkHelpConfig(raw: unknown, topic?: unknown): HelpConfigCheck {
  const problems: HelpConfigProblem[] = [];
  const topicInUse = topic === undefined || isHelpTopic(topic) ? (topic ?? 'general') : 'general';
  if (topic !== undefined && !isHelpTopic(topic)) problems.push({ code: 'topic_unknown', value: topic });
  const done = (config: HelpConfig): HelpConfigCheck => ({ config, topic: topicInUse, problems });
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return done({});
    try {
      value = JSON.parse(raw) as unknown;
    } catch (error) {
      problems.push({ code: 'invalid_json', detail: error instanceof Error ? error.message : String(error) });
      return done({});
    }
  }
  if (value === undefined || value === null) return done({});
  if (!isRecord(value)) {
    problems.push({ code: 'not_an_object' });
    return done({});
  }
  unknownKeys(value, TOP_KEYS, '', problems);
  const config: HelpConfig = {};
  if (value.faq !== undefined) {
    if (!Array.isArray(value.faq)) {
      problems.push({ code: 'faq_not_a_list' });
    } else {
      config.faq = value.faq.map((entry, index) => readFaqEntry(entry, `faq[${index}]`, problems)).filter((entry): entry is HelpFaqEntry => entry !== undefined);
    }
  }
  if (value.contact !== undefined) {
    const contact = readContact(value.contact, problems);
    if (contact) config.contact = contact;
  }
  return done(config);
}

function describeFault(fault: HelpTextFault, locale: string | undefined): string {
  switch (fault) {
    case 'empty':
      return 'is empty';
    case 'missing':
      return 'is missing';
    case 'not_text':
      return 'must be text or a map from locale to text';
    case 'non_text_locale':
      return `has a non-text value for the locale "${locale ?? ''}"`;
    case 'no_text':
      return 'has no text in any locale';
  }
}

/** A problem as one English sentence for the console, naming its path and what was done about it. */
export function describeHelpConfigProblem(problem: HelpConfigProblem): string {
  switch (problem.code) {
    case 'invalid_json':
      return `config is not valid JSON (${problem.detail}).`;
    case 'not_an_object':
      return 'config must be an object with "faq" and/or "contact".';
    case 'unknown_setting':
      return `${problem.path} is not a known setting (expected ${problem.expected.join(', ')}); it was ignored.`;
    case 'faq_not_a_list':
      return 'faq must be a list of { question, answer, topics? } entries; it was ignored.';
    case 'faq_entry_not_an_object':
      return `${problem.path} must be an object with a question and an answer; it was left out.`;
    case 'faq_entry_text':
      return `${problem.path} ${describeFault(problem.fault, problem.locale)}; the entry was left out.`;
    case 'faq_topics_not_a_list':
      return `${problem.path} must be a list of topics (${TOPIC_LIST}); it was ignored.`;
    case 'faq_topic_unknown':
      return `${problem.path} ${JSON.stringify(problem.value)} is not a topic (${TOPIC_LIST}); it was ignored.`;
    case 'contact_not_an_object':
      return `contact must be an object (${CONTACT_KEYS.join(', ')}); it was ignored.`;
    case 'contact_channel_invalid':
      return `${problem.path} ${JSON.stringify(problem.value)} ${HELP_CHANNEL_RULES[problem.channel].rule}; it was left out.`;
    case 'contact_hours_text':
      return `${problem.path} ${describeFault(problem.fault, problem.locale)}; it was left out.`;
    case 'contact_link_invalid':
      return `contact.link must be { "url": an http(s) address, "label"?: text }, got ${JSON.stringify(problem.value)}; it was left out.`;
    case 'contact_link_label_text':
      return `${problem.path} ${describeFault(problem.fault, problem.locale)}; the default label is used.`;
    case 'topic_unknown':
      return `topic ${JSON.stringify(problem.value)} is not one of ${TOPIC_LIST}; general help is shown.`;
  }
}

/**
 * The FAQ entries in showing order: those answering `topic` first, then the rest, each group in the
 * merchant's order. With `general`, the merchant's order as is.
 */
export function orderedFaq(entries: readonly HelpFaqEntry[], topic: HelpTopic): { entry: HelpFaqEntry; index: number; matches: boolean }[] {
  const items = entries.map((entry, index) => ({ entry, index, matches: topic !== 'general' && (entry.topics ?? []).includes(topic) }));
  return [...items.filter((item) => item.matches), ...items.filter((item) => !item.matches)];
}

/** True when a contact has at least one channel to show. */
export function hasContact(contact: HelpContact | undefined): boolean {
  return contact !== undefined && Object.keys(contact).length > 0;
}
