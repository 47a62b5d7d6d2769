/**
 * The merchant's help content for `<order-help>`: FAQ entries and contact channels, checked entry
 * by entry. A bad entry is left out with a sentence that names exactly where it is
 * (`faq[2].answer …`), so the rest of the help still shows.
 *
 * @module
 */
import { safeLinkUrl, type LocalizedText } from '@orderzone/core';

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

/** A configuration as far as it could be read, and a sentence for each part that was left out. */
export interface ReadHelpConfig {
  config: HelpConfig;
  problems: string[];
}

const TOPIC_SET: ReadonlySet<string> = new Set(HELP_TOPICS);
const TOPIC_LIST = HELP_TOPICS.join(', ');

/** True for a help topic name. */
export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && TOPIC_SET.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `value` is not usable text, or `undefined` when it is a non-empty string or locale → string map. */
function textProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? 'is empty' : undefined;
  if (isRecord(value)) {
    const entries = Object.entries(value);
    const bad = entries.find(([, text]) => typeof text !== 'string');
    if (bad) return `has a non-text value for the locale "${bad[0]}"`;
    return entries.some(([, text]) => (text as string).trim() !== '') ? undefined : 'has no text in any locale';
  }
  return value === undefined ? 'is missing' : 'must be text or a map from locale to text';
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${path}${path ? '.' : ''}${key} is not a known setting (expected ${known.join(', ')}); it was ignored.`);
  }
}

function readFaqEntry(raw: unknown, path: string, problems: string[]): HelpFaqEntry | undefined {
  if (!isRecord(raw)) {
    problems.push(`${path} must be an object with a question and an answer; it was left out.`);
    return undefined;
  }
  unknownKeys(raw, ['question', 'answer', 'topics'], path, problems);
  const questionProblem = textProblem(raw.question);
  const answerProblem = textProblem(raw.answer);
  if (questionProblem || answerProblem) {
    const which = questionProblem ? `${path}.question ${questionProblem}` : `${path}.answer ${answerProblem}`;
    problems.push(`${which}; the entry was left out.`);
    return undefined;
  }
  const entry: HelpFaqEntry = { question: raw.question as LocalizedText, answer: raw.answer as LocalizedText };
  if (raw.topics !== undefined) {
    if (!Array.isArray(raw.topics)) {
      problems.push(`${path}.topics must be a list of topics (${TOPIC_LIST}); it was ignored.`);
    } else {
      const topics: HelpTopic[] = [];
      raw.topics.forEach((topic, index) => {
        if (isHelpTopic(topic)) topics.push(topic);
        else problems.push(`${path}.topics[${index}] ${JSON.stringify(topic)} is not a topic (${TOPIC_LIST}); it was ignored.`);
      });
      if (topics.length > 0) entry.topics = topics;
    }
  }
  return entry;
}

function readContact(raw: unknown, problems: string[]): HelpContact | undefined {
  if (!isRecord(raw)) {
    problems.push('contact must be an object (phone, email, wechat, hours, link); it was ignored.');
    return undefined;
  }
  unknownKeys(raw, ['phone', 'email', 'wechat', 'hours', 'link'], 'contact', problems);
  const contact: HelpContact = {};
  const text = (key: 'phone' | 'email' | 'wechat', valid: (value: string) => boolean, rule: string): void => {
    const value = raw[key];
    if (value === undefined) return;
    if (typeof value === 'string' && value.trim() !== '' && valid(value.trim())) contact[key] = value.trim();
    else problems.push(`contact.${key} ${JSON.stringify(value)} ${rule}; it was left out.`);
  };
  text('phone', (v) => /^\+?[\d\s()-]{3,30}$/.test(v) && /\d{3}/.test(v.replace(/\D/g, '')), 'is not a phone number (digits, spaces, +, -, parentheses)');
  text('email', (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'is not an e-mail address');
  text('wechat', (v) => v.length <= 64 && !/\s/.test(v), 'is not a WeChat ID (no spaces, at most 64 characters)');
  if (raw.hours !== undefined) {
    const problem = textProblem(raw.hours);
    if (problem) problems.push(`contact.hours ${problem}; it was left out.`);
    else contact.hours = raw.hours as LocalizedText;
  }
  if (raw.link !== undefined) {
    const link = raw.link;
    if (!isRecord(link) || typeof link.url !== 'string' || !safeLinkUrl(link.url)) {
      problems.push(`contact.link must be { "url": an http(s) address, "label"?: text }, got ${JSON.stringify(link)}; it was left out.`);
    } else {
      unknownKeys(link, ['url', 'label'], 'contact.link', problems);
      const labelProblem = link.label === undefined ? undefined : textProblem(link.label);
      if (labelProblem) problems.push(`contact.link.label ${labelProblem}; the default label is used.`);
      contact.link = { url: link.url, ...(link.label !== undefined && !labelProblem ? { label: link.label as LocalizedText } : {}) };
    }
  }
  return contact;
}

/**
 * Reads a help configuration given as an object or as JSON text (the `config` attribute). Whatever
 * is valid is kept; every part left out or ignored gets one sentence in `problems` naming its path.
 * The contact link must pass the core's `safeLinkUrl()` (http(s) or relative).
 */
export function readHelpConfig(raw: unknown): ReadHelpConfig {
  const problems: string[] = [];
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return { config: {}, problems };
    try {
      value = JSON.parse(raw) as unknown;
    } catch (error) {
      problems.push(`config is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
      return { config: {}, problems };
    }
  }
  if (value === undefined || value === null) return { config: {}, problems };
  if (!isRecord(value)) {
    problems.push('config must be an object with "faq" and/or "contact".');
    return { config: {}, problems };
  }
  unknownKeys(value, ['faq', 'contact'], '', problems);
  const config: HelpConfig = {};
  if (value.faq !== undefined) {
    if (!Array.isArray(value.faq)) {
      problems.push('faq must be a list of { question, answer, topics? } entries; it was ignored.');
    } else {
      config.faq = value.faq.map((entry, index) => readFaqEntry(entry, `faq[${index}]`, problems)).filter((entry): entry is HelpFaqEntry => entry !== undefined);
    }
  }
  if (value.contact !== undefined) {
    const contact = readContact(value.contact, problems);
    if (contact) config.contact = contact;
  }
  return { config, problems };
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
